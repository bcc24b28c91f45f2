using System.Reflection;
using System.Reflection.Emit;

namespace OfficeGovernance.Cli.Tests.Architecture;

/// <summary>
/// The CLI's verbs call the Application layer; only <c>serve</c> (the <c>OfficeGovernance.Cli.Serve</c> namespace),
/// which hosts the function classes, may use the Functions assembly (docs/adr-0030-application-layer.md). Every CLI
/// type is read as compiled: its base type, interfaces, fields, properties, method signatures, locals and the types,
/// methods and fields its IL names (async state machines and lambdas included, as nested types of their declarer).
/// </summary>
public sealed class CliLayeringTests
{
    private const string ServeNamespace = "OfficeGovernance.Cli.Serve";
    private static readonly Assembly Cli = typeof(OfficeGovernance.Cli.Verbs.CommandLineApp).Assembly;
    private static readonly Assembly Functions = typeof(OfficeGovernance.Functions.DependencyInjection).Assembly;

    [Fact]
    public void CliTypes_OutsideServe_UseNoFunctionsType()
    {
        var offending = Cli.GetTypes()
            .Where(t => !OutermostNamespace(t).StartsWith(ServeNamespace, StringComparison.Ordinal))
            .SelectMany(t => FunctionsTypesUsedBy(t).Select(used => $"{t.FullName} uses {used.FullName}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.True(offending.Length == 0, "CLI types outside Serve depend on the Functions assembly:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void CliTypes_Serve_UseTheFunctionsTypesTheyHost()
    {
        // The scan finds what is there: serve builds the function app's services and routes to its function classes.
        var used = Cli.GetTypes()
            .Where(t => OutermostNamespace(t).StartsWith(ServeNamespace, StringComparison.Ordinal))
            .SelectMany(FunctionsTypesUsedBy)
            .Select(t => t.FullName)
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains(typeof(OfficeGovernance.Functions.DependencyInjection).FullName, used);
    }

    private static string OutermostNamespace(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type.Namespace ?? string.Empty;
    }

    private static IEnumerable<Type> FunctionsTypesUsedBy(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(all).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
            {
                named.Add(info.ReturnType);
            }
            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            if (method.GetMethodBody() is { } body)
            {
                named.AddRange(body.LocalVariables.Select(l => l.LocalType));
                named.AddRange(IlReferences(method, body.GetILAsByteArray() ?? []));
            }
        }
        return named.OfType<Type>().SelectMany(Expand).Where(t => t.Assembly == Functions).Distinct();
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var inner in Expand(element))
            {
                yield return inner;
            }
        }
        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }

    // The types an IL body names through its type, method and field tokens.
    private static IEnumerable<Type?> IlReferences(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
            at += code.Size;
            var operand = code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                yield return member as Type ?? member?.DeclaringType;
                if (member is MethodInfo called)
                {
                    yield return called.ReturnType;
                }
                if (member is FieldInfo field)
                {
                    yield return field.FieldType;
                }
            }
            at += operand;
        }
    }

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    static CliLayeringTests()
    {
        foreach (var code in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!))
        {
            if (code.Size == 1)
            {
                OneByte[code.Value & 0xFF] = code;
            }
            else
            {
                TwoByte[code.Value & 0xFF] = code;
            }
        }
    }
}
