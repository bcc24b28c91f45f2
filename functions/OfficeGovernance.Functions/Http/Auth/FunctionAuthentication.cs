using Microsoft.AspNetCore.Authentication;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using OfficeGovernance.Functions.Api;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>
/// The worker middleware that authenticates every HTTP function call with <see cref="EntraBearer"/> before the
/// function runs (PRODUCT.md section 5: no unauthenticated write): a function without <c>[AllowAnonymous]</c> never
/// runs for a caller without a valid token, who gets a 401 problem instead. Bodies over the 50 MB cap get 413 unread.
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
        if (await RequestBodyLimit.RefuseIfTooLargeAsync(http))
        {
            return;
        }
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
    }
}
