using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// What the cost import reads from and writes into a portfolio workbook (docs/rules.md#cost-import): the allocation
/// rules (the CostAllocation table, else Settings.CostTagKey), the UnallocatedSpend rows already there, and the Spend
/// rows to write, Source included.
/// </summary>
public static class CostImportWorkbook
{
    /// <summary>The tables the import reads: those of a review, CostAllocation and UnallocatedSpend.</summary>
    public static IReadOnlyList<string> TableNames { get; } =
        [.. PortfolioSchema.ReviewTableNames, PortfolioSchema.CostAllocation.Name, UnallocatedSpendTable.Name];

    /// <summary>The allocator the workbook asks for: its CostAllocation rules, else its CostTagKey.</summary>
    /// <param name="tables">The workbook's tables, as read.</param>
    /// <param name="workbook">The same workbook, validated.</param>
    /// <exception cref="WorkbookValidationException">The CostAllocation table is repeated or has invalid cells (each named), or names an unknown initiative.</exception>
    public static CostAllocator Allocator(IReadOnlyCollection<TableData> tables, PortfolioWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(workbook);
        var problems = new List<ValidationProblem>();
        var named = Named(tables, PortfolioSchema.CostAllocation.Name, problems);
        var found = named is null ? new Dictionary<string, TableData>() : new Dictionary<string, TableData> { [named.Name.Trim()] = named };
        var rules = CostAllocationReader.Read(
            TableReader.Open(new Dictionary<string, TableData>(found, StringComparer.OrdinalIgnoreCase), PortfolioSchema.CostAllocation, problems),
            workbook.Initiatives);
        if (problems.Count > 0)
        {
            throw new WorkbookValidationException(problems);
        }
        return rules is null
            ? CostAllocator.FromTag(workbook.Settings.CostTagKey, workbook.Initiatives.Select(i => i.Id))
            : CostAllocator.FromRules(rules);
    }

    /// <summary>The UnallocatedSpend rows the workbook holds (none without the table).</summary>
    /// <exception cref="WorkbookValidationException">The table is repeated or was edited into something unreadable.</exception>
    public static IReadOnlyList<UnallocatedCost> Unallocated(IReadOnlyCollection<TableData> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var problems = new List<ValidationProblem>();
        var table = Named(tables, UnallocatedSpendTable.Name, problems);
        return problems.Count > 0 ? throw new WorkbookValidationException(problems) : UnallocatedSpendTable.Read(table);
    }

    /// <summary>
    /// Imported rows as Spend table rows, matched to the user's table by header: InitiativeId, Date, Category, Vendor
    /// (the provider), Amount (unrounded, negative for credits), Note (how many charges) and Source.
    /// </summary>
    public static OutputTable SpendRows(IEnumerable<ImportedSpendRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        OutputColumn Column(string name) => new(name, PortfolioTables.FormatOf(PortfolioSchema.Spend.Columns[PortfolioSchema.Spend.IndexOf(name)].Type));
        return new OutputTable(PortfolioSchema.Spend.Name, PortfolioSchema.Spend.Name,
            [Column("InitiativeId"), Column("Date"), Column("Category"), Column("Vendor"), Column("Amount"), Column("Note"), Column("Source")],
            rows.Select(r => (IReadOnlyList<CellValue>)
            [
                CellValue.FromText(r.InitiativeId), CellValue.FromNumber(r.Date.ToDateTime(TimeOnly.MinValue).ToOADate()),
                CellValue.FromText(EnumLabels<SpendCategory>.Label(r.Category)), CellValue.FromText(r.Vendor),
                CellValue.FromNumber((double)r.Amount), CellValue.FromText(r.Note), CellValue.FromText(r.Source),
            ]));
    }

    private static TableData? Named(IReadOnlyCollection<TableData> tables, string name, List<ValidationProblem> problems)
    {
        var named = tables.Where(t => string.Equals(t.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (named.Length > 1)
        {
            problems.Add(new(name, null, null, null, $"two tables are named {name} (on sheets {named[0].SheetName} and {named[1].SheetName})"));
        }
        return named.FirstOrDefault();
    }
}
