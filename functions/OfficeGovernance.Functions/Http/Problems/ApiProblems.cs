using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Domain.Workbooks;
using ValidationProblem = OfficeGovernance.Domain.Workbooks.ValidationProblem;

namespace OfficeGovernance.Functions.Http.Problems;

/// <summary>
/// The API's RFC 9457 problems (application/problem+json). Every 400 names the field or cell: its <c>errors</c>
/// extension lists each problem, for workbooks as <c>Table[Column] row N (Sheet!A1): message</c>, the first
/// <see cref="MaxListedProblems"/> of them and then one line with how many more there are (issue 23, finding 2: a
/// million bad rows must not become a million-line answer).
/// </summary>
public static class ApiProblems
{
    /// <summary>At most this many problems are listed in one answer; the rest are counted in one last line.</summary>
    public const int MaxListedProblems = 200;

    /// <summary>400 for invalid workbook tables, listing the first <see cref="MaxListedProblems"/> problems found.</summary>
    public static ProblemHttpResult Workbook(IReadOnlyList<ValidationProblem> problems) => TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The workbook's tables are not valid.",
        detail: $"{problems.Count} problem(s); nothing was changed.",
        extensions: new Dictionary<string, object?> { ["errors"] = Listed(problems.Select(p => p.ToString()), problems.Count) });

    /// <summary>400 for invalid request fields, each error as <c>field: message</c> (the first <see cref="MaxListedProblems"/>).</summary>
    public static ProblemHttpResult Fields(IReadOnlyList<string> errors)
    {
        var listed = Listed(errors, errors.Count);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "The request is not valid.",
            detail: string.Join(" ", listed),
            extensions: new Dictionary<string, object?> { ["errors"] = listed });
    }

    /// <summary>400 for one invalid field.</summary>
    public static ProblemHttpResult Field(string field, string message) => Fields([$"{field}: {message}"]);

    /// <summary>A problem with any status, such as 403, 404 or 409, and optional extensions.</summary>
    public static ProblemHttpResult Status(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);

    private static string[] Listed(IEnumerable<string> problems, int count) => count <= MaxListedProblems
        ? problems.ToArray()
        : [.. problems.Take(MaxListedProblems), $"and {count - MaxListedProblems} more problem(s), not listed."];
}
