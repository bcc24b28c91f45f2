namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// Local workbook files named by path (the CLI's verbs): existing ones are read and saved through <see cref="Existing"/>
/// in a <see cref="WorkbookRoundTrip"/> (only over the version read; docs/rules.md#written-workbooks); new files (a
/// report, an imported inventory's new workbook) are written whole.
/// </summary>
public interface IWorkbookFiles
{
    /// <summary>Existing workbook files as a source whose workbook ids are paths (Infrastructure's <c>PathWorkbookSource</c>).</summary>
    IWorkbookSource Existing { get; }

    /// <summary>Writes a new file (a report, a new workbook), replacing any file at that path in one move.</summary>
    /// <exception cref="IOException">The file cannot be written; a file at that path is left as it was.</exception>
    Task WriteNewAsync(string path, byte[] bytes, CancellationToken cancellationToken);

    /// <summary>True when a file is at <paramref name="path"/> (a workbook an import creates when missing).</summary>
    bool Exists(string path);
}
