using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace OfficeGovernance.Functions.Tests.Support;

/// <summary>A function's answer as the worker writes it: the status and the JSON body.</summary>
public sealed record Answer(int Status, JsonElement Body)
{
    /// <summary>Executes <paramref name="action"/> on <paramref name="request"/>'s response and reads it back.</summary>
    public static async Task<Answer> Of(IActionResult action, HttpRequest request)
    {
        var context = request.HttpContext;
        await action.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return await Of(context);
    }

    /// <summary>Reads what was written to <paramref name="context"/>'s response.</summary>
    public static async Task<Answer> Of(HttpContext context)
    {
        context.Response.Body.Position = 0;
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return new Answer(context.Response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
