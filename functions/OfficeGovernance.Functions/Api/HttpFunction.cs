using System.Reflection;

namespace OfficeGovernance.Functions.Api;

/// <summary>
/// One HTTP-triggered function as its attributes declare it: the <c>[Function]</c> name, the class and method, the
/// HTTP methods (upper case) and the route under <c>/api</c>, and whether it answers without a token.
/// </summary>
/// <param name="Name">The function name.</param>
/// <param name="Type">The function class.</param>
/// <param name="Method">The function method.</param>
/// <param name="HttpMethods">GET, POST, ... as declared, upper case.</param>
/// <param name="Route">The route without the <c>/api/</c> prefix, such as <c>decisions/verify</c>.</param>
/// <param name="AllowAnonymous">True when the method carries <c>[AllowAnonymous]</c>.</param>
public sealed record HttpFunction(
    string Name, Type Type, MethodInfo Method, IReadOnlyList<string> HttpMethods, string Route, bool AllowAnonymous)
{
    /// <summary>The route prefix of host.json (<c>extensions.http.routePrefix</c>).</summary>
    public const string RoutePrefix = "api";

    /// <summary>The path clients call, such as <c>/api/decisions/verify</c>.</summary>
    public string Path => $"/{RoutePrefix}/{Route}";
}
