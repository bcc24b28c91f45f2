using Microsoft.AspNetCore.Mvc;

namespace OfficeGovernance.Functions.Api;

/// <summary>
/// An ASP.NET Core <see cref="IResult"/> (what the handlers answer) as the <see cref="IActionResult"/> the Functions
/// worker's ASP.NET Core integration executes; <c>serve</c> executes the same object.
/// </summary>
/// <param name="result">The handler's answer.</param>
public sealed class ResultAction(IResult result) : IActionResult
{
    /// <summary>The handler's answer.</summary>
    public IResult Result { get; } = result;

    /// <inheritdoc />
    public Task ExecuteResultAsync(ActionContext context) => Result.ExecuteAsync(context.HttpContext);
}
