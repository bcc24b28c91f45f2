using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using static OfficeGovernance.Domain.Tests.CostImport.FocusChargeBuilder;

namespace OfficeGovernance.Domain.Tests.CostImport;

public class CostImportAggregatorTests
{
    private static CostImportAggregator Aggregator() =>
        new(CostAllocator.FromTag("initiative", ["I-1", "I-2"]), "USD", "export.csv");

    [Fact]
    public void Result_HourlyChargesOfOneDay_SumIntoOneRowPerInitiativeCategoryAndProvider()
    {
        var aggregator = Aggregator();
        aggregator.Add(Charge(1.25m, "initiative=I-1", start: "2024-09-18T01:00:00Z"));
        aggregator.Add(Charge(2.50m, "initiative=I-1", start: "2024-09-18T23:00:00Z"));
        aggregator.Add(Charge(4m, "initiative=I-1", start: "2024-09-18T05:00:00Z", serviceCategory: FocusCategory.AiAndMachineLearning));
        aggregator.Add(Charge(8m, "initiative=I-1", start: "2024-09-19T00:00:00Z"));

        var rows = aggregator.Result().Rows;

        Assert.Equal(
        [
            ("2024-09-18", SpendCategory.ModelUsage, 4m, 1),
            ("2024-09-18", SpendCategory.Cloud, 3.75m, 2),
            ("2024-09-19", SpendCategory.Cloud, 8m, 1),
        ], rows.OrderBy(r => r.Date).ThenBy(r => r.Category == SpendCategory.Cloud).Select(r => (r.Date.ToString("yyyy-MM-dd"), r.Category, r.Amount, r.Charges)));
        Assert.All(rows, r => Assert.Equal("AWS | 1234567890123 | 2024-09", r.Source));
    }

    [Fact]
    public void Result_CreditLargerThanTheDaysCharges_StaysNegative()
    {
        var aggregator = Aggregator();
        aggregator.Add(Charge(0.40m, "initiative=I-2"));
        aggregator.Add(Charge(-3m, "initiative=I-2"));

        Assert.Equal(-2.60m, aggregator.Result().Rows.Single().Amount);
    }

    [Fact]
    public void Result_ChargeInAnotherCurrency_RefusedByRowAndNothingReturned()
    {
        var aggregator = Aggregator();
        aggregator.Add(Charge(1m, "initiative=I-1"));
        aggregator.Add(Charge(1m, "initiative=I-1", currency: "EUR") with { SourceRow = 7 });

        var refused = Assert.Throws<WorkbookValidationException>(aggregator.Result);

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(("export.csv", "BillingCurrency", 7), (problem.Table, problem.Column, problem.Row));
        Assert.Contains("EUR is not the workbook currency USD", problem.Message);
    }

    [Fact]
    public void Result_MoreRefusedRowsThanListed_CountsTheRest()
    {
        var aggregator = Aggregator();
        for (var i = 0; i < CostImportAggregator.ListedProblems + 5; i++)
        {
            aggregator.Add(Charge(1m, currency: "EUR"));
        }

        var refused = Assert.Throws<WorkbookValidationException>(aggregator.Result);

        Assert.Equal(CostImportAggregator.ListedProblems + 1, refused.Problems.Count);
        Assert.Equal("and 5 more rows with problems", refused.Problems[^1].Message);
    }

    [Fact]
    public void Result_UnallocatedCharges_KeptBySourceTagSubAccountAndService()
    {
        var aggregator = Aggregator();
        aggregator.Add(Charge(2m, "initiative=I-9"));
        aggregator.Add(Charge(3m, "initiative=I-9"));
        aggregator.Add(Charge(5m, null, subAccountName: null));

        var unallocated = aggregator.Result().Unallocated;

        Assert.Equal(
        [
            new UnallocatedCost("AWS | 1234567890123 | 2024-09", "2024-09", "AWS", "", "51738928782", "Amazon Elastic Compute Cloud", 1, 5m),
            new UnallocatedCost("AWS | 1234567890123 | 2024-09", "2024-09", "AWS", "initiative=I-9", "Atlas Nimbus", "Amazon Elastic Compute Cloud", 2, 5m),
        ], unallocated);
    }

    [Fact]
    public void Result_SourceOnlyUnallocated_StillListedAsASource()
    {
        var aggregator = Aggregator();
        aggregator.Add(Charge(1m, provider: "Oracle", account: "20209880"));

        Assert.Equal(["Oracle | 20209880 | 2024-09"], aggregator.Result().Sources);
    }
}
