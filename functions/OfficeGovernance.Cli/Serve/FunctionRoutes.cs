using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using OfficeGovernance.Functions.Api;

namespace OfficeGovernance.Cli.Serve;

/// <summary>
/// Maps every HTTP function of the Functions app (<see cref="HttpFunctions"/>) to an ASP.NET Core route with exactly
/// its methods and route under <c>/api</c>, invoking the same function class the Azure Functions worker does, so serve
/// answers what the app answers and nothing else (docs/rules.md#http-api-contract).
/// </summary>
public static class FunctionRoutes
{
    /// <summary>Maps the routes; functions without <c>[AllowAnonymous]</c> need an authenticated caller.</summary>
    /// <exception cref="InvalidOperationException">A function takes a parameter serve cannot supply.</exception>
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder app)
    {
        foreach (var function in HttpFunctions.All)
        {
            var binders = function.Method.GetParameters().Select(Binder).ToArray();
            var endpoint = app.MapMethods(function.Path, function.HttpMethods, context => InvokeAsync(function, binders, context))
                .WithName(function.Name);
            if (function.AllowAnonymous)
            {
                endpoint.WithMetadata(new AllowAnonymousAttribute());
            }
        }
        return app;
    }

    private static async Task InvokeAsync(HttpFunction function, Func<HttpContext, object?>[] binders, HttpContext context)
    {
        var instance = ActivatorUtilities.CreateInstance(context.RequestServices, function.Type);
        object? returned;
        try
        {
            returned = function.Method.Invoke(instance, binders.Select(b => b(context)).ToArray());
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
        var action = returned switch
        {
            Task<IActionResult> pending => await pending,
            IActionResult done => done,
            _ => throw new InvalidOperationException($"Function {function.Name} returned {returned?.GetType().Name ?? "null"}, not an IActionResult."),
        };
        await action.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    private static Func<HttpContext, object?> Binder(ParameterInfo parameter) =>
        parameter.ParameterType == typeof(HttpRequest) ? context => context.Request
        : parameter.ParameterType == typeof(CancellationToken) ? context => context.RequestAborted
        : throw new InvalidOperationException(
            $"{parameter.Member.DeclaringType?.Name}.{parameter.Member.Name} takes {parameter.ParameterType.Name} {parameter.Name}; serve supplies only HttpRequest and CancellationToken.");
}
