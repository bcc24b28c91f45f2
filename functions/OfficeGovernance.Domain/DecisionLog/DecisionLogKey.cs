namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The key of a workbook's shared decision log (docs/rules.md#workbook-binding): its <c>Settings.WorkbookId</c>, so a
/// renamed, moved or copied workbook keeps its history. The CLI, the API and the weekly run all key Table Storage
/// logs with it; the embedded file store is kept beside the workbook instead.
/// </summary>
public static class DecisionLogKey
{
    /// <summary>The WorkbookId as it is written into Settings and used as the log's partition: lowercase "D" format.</summary>
    /// <exception cref="ArgumentException">The id is <see cref="Guid.Empty"/>, which no workbook is given.</exception>
    public static string Of(Guid workbookId) =>
        workbookId == Guid.Empty
            ? throw new ArgumentException("Guid.Empty is not a WorkbookId.", nameof(workbookId))
            : workbookId.ToString("D");
}
