using System.Collections.Frozen;
using System.Reflection;
using System.Text;

namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// Converts between enum members and their workbook labels (docs/rules.md#workbook-contract: "values as listed, matched
/// case-insensitively"). Matching ignores case, spaces and hyphens, so "spot check" and "Spot-check" both match.
/// </summary>
/// <typeparam name="TEnum">One of the portfolio enumerations.</typeparam>
public static class EnumLabels<TEnum> where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> LabelsByValue = Enum.GetValues<TEnum>()
        .ToFrozenDictionary(v => v, LabelOf);

    private static readonly FrozenDictionary<string, TEnum> ValuesByKey = LabelsByValue
        .Where(p => !IsComputedOnly(p.Key))
        .ToFrozenDictionary(p => Key(p.Value), p => p.Key, StringComparer.Ordinal);

    // Looked up by span, so parsing a cell makes no key string (the Spend table parses one label per row).
    private static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> ValuesBySpan =
        ValuesByKey.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Every label a workbook may hold, in declaration order, for error messages such as "expected one of ...";
    /// members marked <see cref="ComputedOnlyAttribute"/> are left out.
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
        Enum.GetValues<TEnum>().Where(v => !IsComputedOnly(v)).Select(v => LabelsByValue[v]).ToArray();

    /// <summary>The workbook label of a member, such as "Early production".</summary>
    public static string Label(TEnum value) => LabelsByValue[value];

    /// <summary>Parses a label; false when the text matches no member, or only a computed-only one.</summary>
    public static bool TryParse(string? text, out TEnum value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }
        var key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return ValuesBySpan.TryGetValue(key[..Key(text, key)], out value);
    }

    private static string Key(string text)
    {
        var key = new char[text.Length];
        return new string(key, 0, Key(text, key));
    }

    // Writes the text lower-cased without white space, hyphens and underscores; returns the length written.
    private static int Key(ReadOnlySpan<char> text, Span<char> key)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '-' && c != '_')
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }
        return length;
    }

    private static bool IsComputedOnly(TEnum value) =>
        typeof(TEnum).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)
            ?.GetCustomAttribute<ComputedOnlyAttribute>() is not null;

    private static string LabelOf(TEnum value)
    {
        var name = value.ToString();
        var field = typeof(TEnum).GetField(name, BindingFlags.Public | BindingFlags.Static);
        if (field?.GetCustomAttribute<LabelAttribute>() is { } label)
        {
            return label.Text;
        }
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                words.Append(name[i]);
            }
        }
        return words.ToString();
    }
}
