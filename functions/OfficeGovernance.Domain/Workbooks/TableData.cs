namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// One Excel table (ListObject) as raw cells: the contract between a workbook reader (or the add-in's JSON) and the
/// portfolio parser. Headers are kept as written; matching them is the parser's job (docs/rules.md#workbook-contract).
/// </summary>
/// <param name="Name">The table's name, such as <c>Initiatives</c>.</param>
/// <param name="SheetName">The worksheet that holds the table, used in cell addresses.</param>
/// <param name="FirstColumn">The sheet column of the table's first column, 1-based (A = 1).</param>
/// <param name="HeaderRow">The sheet row of the header, 1-based.</param>
/// <param name="Headers">The header texts, in sheet order.</param>
/// <param name="Rows">The data rows below the header, in sheet order; fully empty rows are included as rows of empty cells.</param>
public sealed record TableData(
    string Name,
    string SheetName,
    int FirstColumn,
    int HeaderRow,
    IReadOnlyList<string> Headers,
    IReadOnlyList<TableRow> Rows)
{
    /// <summary>The address of a cell of this table, such as <c>Spend!C7</c>.</summary>
    /// <param name="sheetRow">The sheet row, 1-based.</param>
    /// <param name="columnIndex">The table column, 0-based.</param>
    public string Address(int sheetRow, int columnIndex) =>
        CellAddress.Format(SheetName, FirstColumn + columnIndex, sheetRow);
}
