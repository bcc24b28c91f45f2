using OfficeGovernance.Cli.Samples;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>Writes the sample workbook with chosen cells replaced, to make real malformed .xlsx files.</summary>
public static class MalformedWorkbook
{
    /// <summary>Writes the sample to <paramref name="path"/> with the given cells (table, header, data row 1-based) replaced.</summary>
    public static void Write(string path, params (string Table, string Column, int Row, CellValue Value)[] edits)
    {
        var tables = PortfolioTables.ToOutputTables(SamplePortfolioGenerator.Generate().Workbook)
            .Select(table => Edit(table, edits.Where(e => e.Table == table.Name).ToArray()))
            .ToArray();
        PortfolioWorkbookFile.Create(path, tables);
    }

    private static OutputTable Edit(OutputTable table, (string Table, string Column, int Row, CellValue Value)[] edits)
    {
        if (edits.Length == 0)
        {
            return table;
        }
        var columns = table.Columns.Select(c => c.Header).ToList();
        return table with
        {
            Rows = table.Rows.Select((row, index) =>
            {
                var cells = row.ToArray();
                foreach (var edit in edits.Where(e => e.Row == index + 1))
                {
                    var column = columns.IndexOf(edit.Column);
                    Assert.True(column >= 0, $"{table.Name} has no column {edit.Column}");
                    cells[column] = edit.Value;
                }
                return (IReadOnlyList<CellValue>)cells;
            }).ToArray(),
        };
    }
}
