using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.CostImport;

public class SpendImportPlannerTests
{
    private const string September = "AWS | 1 | 2024-09", October = "AWS | 1 | 2024-10";

    private static ImportedSpendRow Imported(string day, decimal amount, string source = September) =>
        new("I-1", DateOnly.Parse(day), SpendCategory.Cloud, "AWS", amount, 3, source);

    private static SpendEntry Stored(ImportedSpendRow row, int tableRow) => new()
    {
        InitiativeId = row.InitiativeId, Date = row.Date, Category = row.Category, Vendor = row.Vendor,
        Cost = (decimal)(double)row.Amount, Note = row.Note, Source = row.Source, Row = tableRow,
    };

    private static SpendEntry Typed(int tableRow) => new()
    {
        InitiativeId = "I-1", Date = new DateOnly(2024, 9, 2), Category = SpendCategory.StaffTime, Cost = 500m, Row = tableRow,
    };

    private static CostImportResult Import(params ImportedSpendRow[] rows) =>
        new(rows, [], rows.Select(r => r.Source).Distinct().ToArray(), rows.Length * 3);

    [Fact]
    public void Plan_SameRowsAgain_IsUnchanged()
    {
        var first = Imported("2024-09-01", 0.1m + 0.2m);

        var plan = SpendImportPlanner.Plan(Import(first), [Typed(1), Stored(first, 2)], []);

        Assert.True(plan.Unchanged);
    }

    [Fact]
    public void Plan_OpenMonthGrew_ReplacesExactlyThatSourcesRows()
    {
        var before = new[] { Typed(1), Stored(Imported("2024-09-01", 5m), 2), Stored(Imported("2024-10-01", 7m, October), 3) };

        var plan = SpendImportPlanner.Plan(Import(Imported("2024-09-01", 5m), Imported("2024-09-02", 6m)), before, []);

        Assert.False(plan.Unchanged);
        Assert.Equal([2], plan.ReplacedRows);
        Assert.Equal((2, 1), (plan.LeftRows, plan.TypedRows));
    }

    [Fact]
    public void Plan_TypedRowIdenticalToAnImportedOne_IsNeverReplaced()
    {
        var imported = Imported("2024-09-01", 5m);
        var typedTwin = Stored(imported, 1) with { Source = null };

        var plan = SpendImportPlanner.Plan(Import(imported), [typedTwin], []);

        Assert.Empty(plan.ReplacedRows);
        Assert.False(plan.Unchanged);
        Assert.Equal(1, plan.TypedRows);
    }

    [Fact]
    public void Plan_UnallocatedOfOtherSources_KeptAndThisSourcesReplaced()
    {
        var kept = new UnallocatedCost(October, "2024-10", "AWS", "", "", "S3", 1, 2m);
        var old = new UnallocatedCost(September, "2024-09", "AWS", "", "", "S3", 1, 1m);
        var fresh = old with { Charges = 2, Amount = 3m };
        var import = Import(Imported("2024-09-01", 5m)) with { Unallocated = [fresh] };

        var plan = SpendImportPlanner.Plan(import, [Stored(Imported("2024-09-01", 5m), 1)], [kept, old]);

        Assert.Equal([kept, fresh], plan.Unallocated);
        Assert.False(plan.Unchanged);
    }
}
