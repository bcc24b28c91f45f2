using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Reads named Excel tables (ListObjects) from an .xlsx file as raw cells (docs/rules.md#workbook-contract: tables are found by
/// name, on any sheet, at any position). The Open XML SDK resolves the package, its relationships and the table
/// definitions; each needed worksheet and the shared strings are then streamed once with <see cref="System.Xml.XmlReader"/>,
/// so sheets of hundreds of thousands of rows never become a DOM and are read at the speed of the XML. Text is returned as stored (not trimmed); dates are returned as
/// their OLE Automation serial numbers, as Excel stores them.
/// </summary>
/// <param name="guard">The file check run before any parsing; <see cref="XlsxFileGuard.Default"/> when null.</param>
public sealed class WorkbookTableReader(XlsxFileGuard? guard = null)
{
    private readonly XlsxFileGuard _guard = guard ?? XlsxFileGuard.Default;

    /// <summary>Reads the named tables of the workbook at a path; the file is opened read-only and shared.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="tableNames">The tables wanted, matched case-insensitively.</param>
    /// <returns>The tables found, in the order of <paramref name="tableNames"/>; absent tables are not returned.</returns>
    /// <exception cref="WorkbookValidationException">The file is not a safe, readable .xlsx, or a table holds merged or unreadable cells.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public IReadOnlyList<TableData> Read(string path, IReadOnlyCollection<string> tableNames)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, tableNames, Path.GetFileName(path));
    }

    /// <summary>Reads the named tables of a workbook stream (copied to memory first when it cannot seek).</summary>
    /// <param name="xlsx">The workbook; left open.</param>
    /// <param name="tableNames">The tables wanted, matched case-insensitively.</param>
    /// <param name="fileLabel">The file name used in problems about the file itself.</param>
    /// <returns>The tables found, in the order of <paramref name="tableNames"/>; absent tables are not returned.</returns>
    /// <exception cref="WorkbookValidationException">The file is not a safe, readable .xlsx, or a table holds merged or unreadable cells (every problem is listed).</exception>
    public IReadOnlyList<TableData> Read(Stream xlsx, IReadOnlyCollection<string> tableNames, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        ArgumentNullException.ThrowIfNull(tableNames);
        var seekable = xlsx.CanSeek ? xlsx : CopyToMemory(xlsx);
        try
        {
            _guard.Check(seekable, fileLabel);
            return ReadChecked(seekable, tableNames, fileLabel);
        }
        finally
        {
            if (!ReferenceEquals(seekable, xlsx))
            {
                seekable.Dispose();
            }
        }
    }

    private static IReadOnlyList<TableData> ReadChecked(Stream xlsx, IReadOnlyCollection<string> tableNames, string fileLabel)
    {
        try
        {
            var package = PackageBytes(xlsx);
            using var document = UnreadableWorkbook.Open(xlsx, false, fileLabel);
            return ReadDocument(document, package, tableNames);
        }
        catch (Exception exception) when (UnreadableWorkbook.Is(exception))
        {
            // The package passed the guard but its content is malformed: the user needs to know which file, not a stack trace.
            throw UnreadableWorkbook.Problem(fileLabel, exception);
        }
    }

    private static IReadOnlyList<TableData> ReadDocument(
        SpreadsheetDocument document, ReadOnlyMemory<byte> package, IReadOnlyCollection<string> tableNames)
    {
        var workbookPart = UnreadableWorkbook.WorkbookPartOf(document);
        var wanted = new HashSet<string>(tableNames, StringComparer.OrdinalIgnoreCase);
        var bySheet = WorkbookTableCatalog.Find(workbookPart)
            .Where(t => wanted.Contains(t.Name))
            .GroupBy(t => t.Part)
            .ToList();
        if (bySheet.Count == 0)
        {
            return [];
        }
        var sharedStrings = SharedStringReader.Load(workbookPart.SharedStringTablePart);
        var problems = new List<ValidationProblem>();
        var sheets = bySheet
            .Select(sheet => new WorksheetRead(sheet.Key, sheet.Select(t => t.ToGrid(problems)).OfType<TableGrid>().ToList()))
            .ToList();
        WorksheetReads.Collect(sheets, package, sharedStrings, problems);
        var grids = sheets.SelectMany(s => s.Grids).ToList();
        if (problems.Count > 0)
        {
            throw new WorkbookValidationException(problems);
        }
        var order = tableNames.Select((name, index) => (name, index))
            .GroupBy(p => p.name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.OrdinalIgnoreCase);
        return grids.OrderBy(g => order[g.Name]).Select(g => g.ToTableData()).ToList();
    }

    // The package's bytes for a parallel read of its sheets: a memory stream's own buffer, a large file read once;
    // empty (sheets read one after another) for a small file.
    private static ReadOnlyMemory<byte> PackageBytes(Stream xlsx)
    {
        if (xlsx is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer.AsMemory();
        }
        if (xlsx.Length < WorksheetReads.ParallelFromBytes)
        {
            return ReadOnlyMemory<byte>.Empty;
        }
        var bytes = new byte[xlsx.Length];
        xlsx.Position = 0;
        xlsx.ReadExactly(bytes);
        xlsx.Position = 0;
        return bytes;
    }

    private static MemoryStream CopyToMemory(Stream source)
    {
        var copy = new MemoryStream();
        source.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}
