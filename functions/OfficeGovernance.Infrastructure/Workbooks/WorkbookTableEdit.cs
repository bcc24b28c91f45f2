using DocumentFormat.OpenXml.Packaging;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// One edit of an existing Excel table's rows, on a copy of the workbook: the file is guarded, the table an
/// <see cref="OutputTable"/> names is found (case-insensitively), its columns are matched by header (missing ones added
/// at its right edge), the edit runs, and the copy's bytes come back. The appender and the row replacer share it.
/// </summary>
internal static class WorkbookTableEdit
{
    /// <summary>Runs <paramref name="edit"/> on the table named by <paramref name="table"/> in a copy of the workbook.</summary>
    /// <param name="workbook">The existing .xlsx; not modified.</param>
    /// <param name="table">Selects the table by name; its columns are matched by header.</param>
    /// <param name="fileLabel">The file name used in problems.</param>
    /// <param name="guard">The file check run before parsing.</param>
    /// <param name="edit">The edit: the sheet, the sheet column of each of <paramref name="table"/>'s columns, the table found, its styles.</param>
    /// <returns>The edited copy's bytes.</returns>
    /// <exception cref="WorkbookValidationException">The file is not a readable .xlsx, the table is missing, or the edit refuses.</exception>
    public static byte[] Apply(
        byte[] workbook, OutputTable table, string fileLabel, XlsxFileGuard guard,
        Action<TableSheetEditor, int[], WorkbookTable, WorkbookStyleCatalog> edit)
    {
        guard.Check(workbook, fileLabel);
        using var memory = new MemoryStream();
        memory.Write(workbook);
        try
        {
            using var document = SpreadsheetDocument.Open(memory, true, new OpenSettings { AutoSave = false });
            ApplyTo(UnreadableWorkbook.WorkbookPartOf(document), table, edit);
        }
        catch (Exception exception) when (UnreadableWorkbook.Is(exception))
        {
            throw UnreadableWorkbook.Problem(fileLabel, exception);
        }
        return memory.ToArray();
    }

    /// <summary>Runs <paramref name="edit"/> on the table named by <paramref name="table"/> in an open, editable workbook part.</summary>
    /// <param name="workbookPart">The open package's workbook part; the edit saves the parts it changes.</param>
    /// <param name="table">Selects the table by name; its columns are matched by header.</param>
    /// <param name="edit">The edit, as for <see cref="Apply"/>.</param>
    /// <exception cref="WorkbookValidationException">The table is missing, or the edit refuses.</exception>
    public static void ApplyTo(
        WorkbookPart workbookPart, OutputTable table, Action<TableSheetEditor, int[], WorkbookTable, WorkbookStyleCatalog> edit)
    {
        var target = WorkbookTableCatalog.Find(workbookPart)
            .FirstOrDefault(t => string.Equals(t.Name, table.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new WorkbookValidationException([new ValidationProblem(table.Name, null, null, null, $"the workbook has no table named {table.Name}")]);
        var sheet = new TableSheetEditor(workbookPart, target);
        var columns = table.Columns.Select(c => sheet.ColumnFor(c.Header)).ToArray();
        edit(sheet, columns, target, WorkbookStyleCatalog.Open(workbookPart));
    }
}
