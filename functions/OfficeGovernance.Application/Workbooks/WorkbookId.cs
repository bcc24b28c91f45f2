namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Checks a workbook id from a request or a setting: a plain file name in the local workbooks folder, or
/// <c>driveId/itemId</c> for a workbook in OneDrive or SharePoint (the <c>WeeklyStatus:Workbooks</c> form,
/// docs/rules.md#http-api-contract). Never a path, so one workbook's file or log can never be reached through another's id.
/// </summary>
public static class WorkbookId
{
    /// <summary>The problem with <paramref name="value"/> as a workbook id, or null when it is usable.</summary>
    public static string? ProblemOf(string? value) =>
        string.IsNullOrWhiteSpace(value) ? "workbookId is required."
        : value.Length > 400 ? "workbookId is longer than 400 characters."
        : value.Contains("..", StringComparison.Ordinal) || value.IndexOfAny(['\\', ':']) >= 0
            ? $"workbookId '{value}' must not contain '..', '\\' or ':'."
        : value.Any(char.IsControl) ? "workbookId must not contain control characters."
        : value.Count(c => c == '/') > 1 || value.StartsWith('/') || value.EndsWith('/')
            ? $"workbookId '{value}' must be a file name or driveId/itemId."
        : IsReserved(value) ? $"workbookId '{value}' names one of the server's own files (the registry or a decision log), not a workbook."
        : null;

    // The registry (workbooks.json and its lock) and the decision logs' files live beside the workbooks in local use.
    private static bool IsReserved(string value) =>
        value.StartsWith("workbooks.json", StringComparison.OrdinalIgnoreCase)
        || value.EndsWith(".decisions.jsonl", StringComparison.OrdinalIgnoreCase)
        || value.EndsWith(".binding.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits a <c>driveId/itemId</c> id; false for a plain name.</summary>
    public static bool TrySplitDriveItem(string value, out string driveId, out string itemId)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        driveId = slash > 0 ? value[..slash] : string.Empty;
        itemId = slash > 0 ? value[(slash + 1)..] : string.Empty;
        return slash > 0 && itemId.Length > 0;
    }

    /// <summary>The id as a safe file name: characters outside letters, digits, '-', '_' and '.' become ~XXXX.</summary>
    public static string Escape(string value) => string.Concat(value.Select(c =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c.ToString() : $"~{(int)c:X4}"));
}
