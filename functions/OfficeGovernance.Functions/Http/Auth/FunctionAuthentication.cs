using Microsoft.AspNetCore.Authentication;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using OfficeGovernance.Functions.Api;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>
/// The worker middleware that authenticates every HTTP function call with <see cref="EntraBearer"/> before the
/// function runs (docs/rules.md#authorization: no unauthenticated write): a function without <c>[AllowAnonymous]</c> never
/// runs for a caller without a valid token, who gets a 401 problem instead. Bodies over <c>Http:MaxRequestBytes</c> get 413 (RequestBodyLimit).
/// Timer and queue invocations pass through.
/// </summary>
public sealed class FunctionAuthentication : IFunctionsWorkerMiddleware
{
    /// <inheritdoc />
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (HttpFunctions.Named(context.FunctionDefinition.Name) is not { } function || context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        await RequestBodyLimit.InvokeAsync(http, async () =>
        {
            if (!function.AllowAnonymous)
            {
                var result = await http.AuthenticateAsync(EntraBearer.SchemeName);
                if (!result.Succeeded)
                {
                    await http.ChallengeAsync(EntraBearer.SchemeName);
                    return;
                }
                http.User = result.Principal;
            }
            await next(context);
        });
    }
}
