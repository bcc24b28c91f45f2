using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Replaces some data rows of an existing Excel table with new ones (the Spend rows of a re-imported FOCUS source,
/// docs/rules.md#cost-import), matching columns by header (trimmed, case-insensitive) whatever their order and adding
/// missing ones at the table's right edge. Every other row, column, sheet and style stays as it was; text is written
/// as text, never as a formula (docs/rules.md#written-workbooks).
/// </summary>
/// <param name="guard">The file check run before parsing; <see cref="XlsxFileGuard.Default"/> when null.</param>
public sealed class WorkbookTableRowReplacer(XlsxFileGuard? guard = null)
{
    private readonly XlsxFileGuard _guard = guard ?? XlsxFileGuard.Default;

    /// <summary>Replaces the table's data rows <paramref name="replacedRows"/> with the rows of <paramref name="table"/>.</summary>
    /// <param name="workbook">The existing .xlsx; not modified.</param>
    /// <param name="table">The new rows: its name selects the table, its columns are matched by header.</param>
    /// <param name="replacedRows">The data rows to replace, 1-based (1 = the first row below the header).</param>
    /// <param name="fileLabel">The file name used in problems.</param>
    /// <returns>The new workbook's bytes.</returns>
    /// <exception cref="WorkbookValidationException">The file is not a readable .xlsx, the table is missing, a row that must move holds a formula, or a cell the new rows or columns need is not empty.</exception>
    public byte[] Replace(byte[] workbook, OutputTable table, IReadOnlyList<int> replacedRows, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(replacedRows);
        return WorkbookTableEdit.Apply(workbook, table, fileLabel, _guard, Edit(table, replacedRows));
    }

    /// <summary>The same replacement on an open, editable workbook part (one edit of <see cref="OpenXmlWorkbookPackage.Apply"/>).</summary>
    /// <exception cref="WorkbookValidationException">The table is missing, a row that must move holds a formula, or a cell the new rows or columns need is not empty.</exception>
    internal static void ReplaceIn(DocumentFormat.OpenXml.Packaging.WorkbookPart workbookPart, OutputTable table, IReadOnlyList<int> replacedRows)
    {
        ArgumentNullException.ThrowIfNull(replacedRows);
        WorkbookTableEdit.ApplyTo(workbookPart, table, Edit(table, replacedRows));
    }

    private static Action<TableSheetEditor, int[], WorkbookTable, WorkbookStyleCatalog> Edit(OutputTable table, IReadOnlyList<int> replacedRows)
    {
        var rows = table.Rows.ToList();
        return (sheet, columns, target, styles) =>
        {
            var headerRow = CellRange.Parse(target.Definition.Reference!.Value!).FirstRow;
            sheet.ReplaceRows(replacedRows.Select(r => headerRow + r).ToArray(), rows, columns, table.Columns, styles);
        };
    }
}
