using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// The UnallocatedSpend table the cost import writes (docs/rules.md#cost-import, written by the system): one row per source,
/// tag value, sub-account and service, with the charges' count and cost in the workbook currency. The import reads it
/// back only to keep the rows of sources it is not replacing; the finance report reads its Month and Amount.
/// </summary>
public static class UnallocatedSpendTable
{
    /// <summary>The table's name (and sheet).</summary>
    public const string Name = "UnallocatedSpend";

    /// <summary>The columns, in the order they are written.</summary>
    public static IReadOnlyList<OutputColumn> Columns { get; } =
    [
        new("Source"), new("Month", ColumnFormat.Text), new("Provider"), new("Tag"), new("SubAccount"), new("Service"),
        new("Charges", ColumnFormat.Integer), new("Amount", ColumnFormat.Money),
    ];

    /// <summary>The table to write.</summary>
    public static OutputTable Build(IReadOnlyList<UnallocatedCost> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new OutputTable(Name, Name, Columns, rows.Select(u => (IReadOnlyList<CellValue>)
        [
            Text(u.Source), Text(u.Month), Text(u.Provider), Text(u.Tag), Text(u.SubAccount), Text(u.Service),
            CellValue.FromNumber(u.Charges), CellValue.FromNumber((double)u.Amount),
        ]));
    }

    /// <summary>Reads the table back (none when <paramref name="table"/> is null).</summary>
    /// <exception cref="WorkbookValidationException">A column is missing or a Charges or Amount cell is not a number: the table was edited by hand.</exception>
    public static IReadOnlyList<UnallocatedCost> Read(TableData? table)
    {
        if (table is null)
        {
            return [];
        }
        var problems = new List<ValidationProblem>();
        var columns = Columns.Select(c => IndexOf(table, c.Header, problems)).ToArray();
        if (problems.Count > 0)
        {
            throw new WorkbookValidationException(problems);
        }
        var result = new List<UnallocatedCost>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            string Cell(int c) => CellConversion.Text(row[columns[c]]);
            if (columns.All(c => row[c].IsEmpty || (row[c].Kind == CellKind.Text && string.IsNullOrWhiteSpace(row[c].Text))))
            {
                continue;
            }
            if (row[columns[6]].Kind != CellKind.Number || row[columns[7]].Kind != CellKind.Number)
            {
                problems.Add(new ValidationProblem(Name, "Amount", row.SheetRow - table.HeaderRow, table.Address(row.SheetRow, columns[7]),
                    "Charges and Amount must be numbers; the table is written by the system, so delete it and import again"));
                continue;
            }
            result.Add(new UnallocatedCost(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Cell(5),
                (int)row[columns[6]].Number, (decimal)row[columns[7]].Number));
        }
        return problems.Count == 0 ? result : throw new WorkbookValidationException(problems);
    }

    private static int IndexOf(TableData table, string header, List<ValidationProblem> problems)
    {
        for (var i = 0; i < table.Headers.Count; i++)
        {
            if (string.Equals(table.Headers[i]?.Trim(), header, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        problems.Add(new ValidationProblem(Name, header, null, null, "required column is missing; the table is written by the system, so delete it and import again"));
        return -1;
    }

    private static CellValue Text(string value) => CellValue.FromText(value);

    /// <summary>Sums amounts per month (<c>yyyy-mm</c>), for the finance report's unallocated line.</summary>
    public static IReadOnlyDictionary<string, decimal> ByMonth(IEnumerable<UnallocatedCost> rows) =>
        rows.GroupBy(r => r.Month, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount), StringComparer.Ordinal);
}
