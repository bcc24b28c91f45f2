using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Appends rows to an existing Excel table (for example imported initiatives into a user's Initiatives table),
/// matching columns by header (trimmed, case-insensitive) whatever their order. Columns the table lacks are added at
/// its right edge; the table's other columns, including users' own, are left blank in the new rows; nothing else in
/// the workbook changes. Text is always written as text, never as a formula (docs/rules.md#written-workbooks).
/// </summary>
/// <param name="guard">The file check run before parsing; <see cref="XlsxFileGuard.Default"/> when null.</param>
public sealed class WorkbookTableAppender(XlsxFileGuard? guard = null)
{
    private readonly XlsxFileGuard _guard = guard ?? XlsxFileGuard.Default;

    /// <summary>Appends the rows of <paramref name="table"/> below the last row of the workbook table of that name.</summary>
    /// <param name="workbook">The existing .xlsx; not modified.</param>
    /// <param name="table">The rows to append: its name selects the table, its columns are matched by header.</param>
    /// <param name="fileLabel">The file name used in problems.</param>
    /// <returns>The new workbook's bytes.</returns>
    /// <exception cref="WorkbookValidationException">
    /// The file is not a readable .xlsx, the table is missing, or the cells the new rows or columns need are not empty.
    /// </exception>
    public byte[] Append(byte[] workbook, OutputTable table, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(table);
        return WorkbookTableEdit.Apply(workbook, table, fileLabel, _guard, Edit(table));
    }

    /// <summary>The same append on an open, editable workbook part (one edit of <see cref="OpenXmlWorkbookPackage.Apply"/>).</summary>
    /// <exception cref="WorkbookValidationException">The table is missing, or the cells the new rows or columns need are not empty.</exception>
    internal static void AppendTo(DocumentFormat.OpenXml.Packaging.WorkbookPart workbookPart, OutputTable table) =>
        WorkbookTableEdit.ApplyTo(workbookPart, table, Edit(table));

    private static Action<TableSheetEditor, int[], WorkbookTable, WorkbookStyleCatalog> Edit(OutputTable table)
    {
        var rows = table.Rows.ToList();
        return (sheet, columns, _, styles) => sheet.AppendRows(rows, columns, table.Columns, styles);
    }
}
