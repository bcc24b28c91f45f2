using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Azure.Functions.Worker;

namespace OfficeGovernance.Functions.Api;

/// <summary>
/// Every HTTP-triggered function of this app, read from its <c>[Function]</c> and <c>[HttpTrigger]</c> attributes: the
/// one list the worker's authentication, <c>serve</c>'s routes and the OpenAPI document are made from, so no host can
/// answer a route the attributes do not declare (docs/rules.md#http-api-contract).
/// </summary>
public static class HttpFunctions
{
    private static readonly Lazy<IReadOnlyList<HttpFunction>> Catalog = new(Discover);

    /// <summary>The functions, ordered by route and then name.</summary>
    public static IReadOnlyList<HttpFunction> All => Catalog.Value;

    /// <summary>The function named <paramref name="name"/>, or null when no HTTP function has that name.</summary>
    public static HttpFunction? Named(string name) => All.FirstOrDefault(f => f.Name == name);

    private static IReadOnlyList<HttpFunction> Discover()
    {
        var functions = new List<HttpFunction>();
        foreach (var type in typeof(HttpFunctions).Assembly.GetTypes().Where(t => t.IsClass && t.IsPublic))
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            {
                var function = method.GetCustomAttribute<FunctionAttribute>();
                var trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null);
                if (function is null || trigger is null)
                {
                    continue;
                }
                var route = trigger.Route ?? throw new InvalidOperationException($"Function {function.Name} declares no route.");
                var methods = (trigger.Methods ?? []).Select(m => m.ToUpperInvariant()).ToArray();
                functions.Add(new HttpFunction(function.Name, type, method, methods, route,
                    method.GetCustomAttribute<AllowAnonymousAttribute>() is not null));
            }
        }
        return functions.OrderBy(f => f.Route, StringComparer.Ordinal).ThenBy(f => f.Name, StringComparer.Ordinal).ToArray();
    }
}
