using System.Globalization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>Turns the JSON tables into <see cref="TableData"/>, naming the cell of every value it cannot use.</summary>
public static class TablesJson
{
    /// <summary>Converts the tables.</summary>
    /// <exception cref="WorkbookValidationException">A table lacks its name, sheet, position or headers, or a cell is not a value.</exception>
    public static IReadOnlyList<TableData> ToTableData(IReadOnlyList<TableJson>? tables, string field = "tables")
    {
        if (tables is null || tables.Count == 0)
        {
            throw new WorkbookValidationException([new ValidationProblem(field, null, null, null, "at least one table is required")]);
        }
        var problems = new List<ValidationProblem>();
        var result = new List<TableData>();
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var label = table.Name is { Length: > 0 } n ? n : $"{field}[{t}]";
            if (table.Name is not { Length: > 0 } || table.Sheet is not { Length: > 0 } || table.FirstColumn < 1
                || table.HeaderRow < 1 || table.Headers is null)
            {
                problems.Add(new ValidationProblem(label, null, null, null,
                    "needs name, sheet, firstColumn (1 or more), headerRow (1 or more) and headers"));
                continue;
            }
            var rows = new List<TableRow>(table.Rows?.Count ?? 0);
            foreach (var row in table.Rows ?? [])
            {
                // The values read by RowJsonConverter become the row's cells as they are: no second copy of a million rows.
                var cells = row.Cells is RowCells { AllValues: true } read
                    ? read.Values
                    : (row.Cells ?? []).Select((cell, c) => Cell(table, row.SheetRow, c, cell, problems)).ToArray();
                rows.Add(new TableRow(row.SheetRow, cells));
            }
            result.Add(new TableData(table.Name, table.Sheet, table.FirstColumn, table.HeaderRow, table.Headers, rows));
        }
        return problems.Count > 0 ? throw new WorkbookValidationException(problems) : result;
    }

    private static CellValue Cell(TableJson table, int sheetRow, int column, CellJson cell, List<ValidationProblem> problems)
    {
        if (cell.IsValue)
        {
            return cell.Value;
        }
        var header = column < table.Headers!.Count ? table.Headers[column] : $"column {column + 1}";
        problems.Add(new ValidationProblem(table.Name!, header, sheetRow - table.HeaderRow,
            CellAddress.Format(table.Sheet!, table.FirstColumn + column, sheetRow),
            string.Create(CultureInfo.InvariantCulture, $"{cell.NotAValue} is not a cell value (string, number, boolean, null or {{\"error\":\"#N/A\"}})")));
        return CellValue.Empty;
    }
}
