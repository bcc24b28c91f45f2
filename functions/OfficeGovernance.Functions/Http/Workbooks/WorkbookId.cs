namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Checks a workbook id from a request: a plain name (a file name locally, later a Graph item id), never a path, so
/// one workbook's file or log can never be reached through another's id.
/// </summary>
public static class WorkbookId
{
    /// <summary>The problem with <paramref name="value"/> as a workbook id, or null when it is usable.</summary>
    public static string? ProblemOf(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "workbookId is required."
        : value.Length > 200 ? "workbookId is longer than 200 characters."
        : value.Contains("..", StringComparison.Ordinal) || value.IndexOfAny(['/', '\\', ':']) >= 0
            ? $"workbookId '{value}' must not contain '..', '/', '\\' or ':'."
        : value.Any(char.IsControl) ? "workbookId must not contain control characters."
        : null;

    /// <summary>The id as a safe file name: characters outside letters, digits, '-', '_' and '.' become ~XXXX.</summary>
    public static string Escape(string value) => string.Concat(value.Select(c =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c.ToString() : $"~{(int)c:X4}"));
}
