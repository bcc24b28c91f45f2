using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>Portfolio workbooks for the cost import: initiatives, optional typed Spend rows and an optional CostAllocation table.</summary>
internal static class CostWorkbook
{
    public static string Create(string directory, IReadOnlyList<string> initiativeIds, IReadOnlyList<SpendEntry>? typed = null,
        IReadOnlyList<(string Match, string? Key, string Value, string InitiativeId, string? Category)>? rules = null, string currency = "USD")
    {
        var portfolio = new PortfolioWorkbook
        {
            Settings = new PortfolioSettings { Currency = currency },
            Initiatives = initiativeIds.Select(id => new Initiative
            {
                Id = id, Name = $"Initiative {id}", Stage = Stage.Pilot, MonthlyBudgetCap = 1000m, Owner = "owner@example.org",
            }).ToArray(),
            Spend = typed ?? [],
        };
        var tables = PortfolioTables.ToOutputTables(portfolio).ToList();
        if (rules is not null)
        {
            tables.Add(new OutputTable("CostAllocation", "CostAllocation",
                [new("Match"), new("Key"), new("Value"), new("InitiativeId"), new("Category")],
                rules.Select(r => (IReadOnlyList<CellValue>)
                [
                    CellValue.FromText(r.Match), CellValue.FromText(r.Key), CellValue.FromText(r.Value),
                    CellValue.FromText(r.InitiativeId), CellValue.FromText(r.Category),
                ])));
        }
        var path = Path.Combine(directory, "portfolio.xlsx");
        using var file = File.Create(path);
        new WorkbookTableWriter().Create(file, tables);
        return path;
    }

    public static SpendEntry Typed(string initiativeId, DateOnly date, decimal amount) => new()
    {
        InitiativeId = initiativeId, Date = date, Category = SpendCategory.StaffTime, Vendor = "In-house", Cost = amount, Note = "typed",
    };
}
