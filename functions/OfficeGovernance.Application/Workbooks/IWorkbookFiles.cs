namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Portfolio workbooks as local files, named by path (the CLI's verbs): read once, and saved over the version read
/// only when the file has not changed since (docs/rules.md#workbook-contract: validate everything, then write in one
/// move, so a failure leaves the file byte-for-byte as it was).
/// </summary>
public interface IWorkbookFiles
{
    /// <summary>Reads and validates a workbook file.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The file is missing, not an .xlsx, or its tables are invalid; lists every problem.</exception>
    LoadedWorkbook Load(string path);

    /// <summary>Replaces the loaded file with <paramref name="updated"/>, through a temporary file beside it, unless it changed since it was loaded.</summary>
    /// <exception cref="IOException">The file changed since it was loaded, or another write is under way; nothing was written.</exception>
    void Save(LoadedWorkbook loaded, byte[] updated);

    /// <summary>Writes a new file (a report), replacing any file at that path in one move.</summary>
    Task WriteNewAsync(string path, byte[] bytes, CancellationToken cancellationToken);

    /// <summary>True when a file is at <paramref name="path"/> (a workbook an import creates when missing).</summary>
    bool Exists(string path);
}
