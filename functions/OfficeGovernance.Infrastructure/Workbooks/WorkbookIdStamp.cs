using DocumentFormat.OpenXml.Packaging;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Writes <c>Settings.WorkbookId</c> into a workbook that has none (docs/rules.md#workbook-binding: the system writes it once, on
/// its first write into the workbook or import). The row is appended to the user's Settings table, whose other rows
/// and columns stay as they were; a workbook without a Settings table gets one on a new sheet. Works on an in-memory
/// copy, like every other writer here; <see cref="StampIn"/> does the same on a package already open.
/// </summary>
/// <param name="guard">The file check run before parsing; <see cref="XlsxFileGuard.Default"/> when null.</param>
public sealed class WorkbookIdStamp(XlsxFileGuard? guard = null)
{
    private const string NewSheetName = "Settings";
    private const string SpareSheetName = "WorkbookSettings";
    private readonly XlsxFileGuard _guard = guard ?? XlsxFileGuard.Default;

    /// <summary>Returns the workbook with a WorkbookId row holding <paramref name="workbookId"/>.</summary>
    /// <param name="workbook">The .xlsx, whose Settings the caller has parsed and found without a WorkbookId; not modified.</param>
    /// <param name="workbookId">The new id (from the caller's id source).</param>
    /// <param name="fileLabel">The file name used in problems.</param>
    /// <exception cref="WorkbookValidationException">The file is not a readable .xlsx, or the Settings table cannot take a row.</exception>
    /// <exception cref="ArgumentException"><paramref name="workbookId"/> is <see cref="Guid.Empty"/>.</exception>
    public byte[] Write(byte[] workbook, Guid workbookId, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var (hasSettings, sheetNames) = Inspect(workbook, fileLabel);
        if (hasSettings)
        {
            return new WorkbookTableAppender(_guard).Append(workbook, Row(NewSheetName, workbookId), fileLabel);
        }
        return new WorkbookTableWriter(_guard).ReplaceTables(workbook, [Row(SheetFor(sheetNames), workbookId)], fileLabel);
    }

    /// <summary>The same stamp on an open, editable workbook part (one edit of <see cref="OpenXmlWorkbookPackage.Apply"/>).</summary>
    /// <exception cref="WorkbookValidationException">The Settings table cannot take a row.</exception>
    /// <exception cref="ArgumentException"><paramref name="workbookId"/> is <see cref="Guid.Empty"/>.</exception>
    internal static void StampIn(WorkbookPart workbookPart, Guid workbookId)
    {
        if (HasSettings(workbookPart))
        {
            WorkbookTableAppender.AppendTo(workbookPart, Row(NewSheetName, workbookId));
            return;
        }
        OutputTable[] table = [Row(SheetFor(SheetNames(workbookPart)), workbookId)];
        OutputTableRules.Check(table);
        WorkbookSheetReplacer.Apply(workbookPart, table);
    }

    private static OutputTable Row(string sheet, Guid workbookId) => new(
        PortfolioSchema.Settings.Name, sheet,
        [new OutputColumn("Key", ColumnFormat.Text), new OutputColumn("Value", ColumnFormat.Text)],
        [[CellValue.FromText("WorkbookId"), CellValue.FromText(DecisionLogKey.Of(workbookId))]]);

    // A user's sheet that happens to be called Settings would be rewritten by the table writer: use another.
    private static string SheetFor(IReadOnlyList<string> sheetNames) =>
        sheetNames.Contains(NewSheetName, StringComparer.OrdinalIgnoreCase) ? SpareSheetName : NewSheetName;

    private static bool HasSettings(WorkbookPart part) => WorkbookTableCatalog.Find(part).Any(
        t => string.Equals(t.Name, PortfolioSchema.Settings.Name, StringComparison.OrdinalIgnoreCase));

    private static string[] SheetNames(WorkbookPart part) =>
        part.Workbook?.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? string.Empty).ToArray() ?? [];

    private (bool HasSettings, IReadOnlyList<string> SheetNames) Inspect(byte[] workbook, string fileLabel)
    {
        _guard.Check(workbook, fileLabel);
        using var memory = new MemoryStream(workbook, writable: false);
        try
        {
            using var document = UnreadableWorkbook.Open(memory, false, fileLabel);
            var part = UnreadableWorkbook.WorkbookPartOf(document);
            return (HasSettings(part), SheetNames(part));
        }
        catch (Exception exception) when (UnreadableWorkbook.Is(exception))
        {
            throw UnreadableWorkbook.Problem(fileLabel, exception);
        }
    }
}
