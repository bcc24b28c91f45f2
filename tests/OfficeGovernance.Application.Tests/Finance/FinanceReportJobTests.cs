using DocumentFormat.OpenXml.Packaging;
using OfficeGovernance.Application.Finance;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Finance;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Application.Tests.Finance;

public class FinanceReportJobTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 20);

    private static async Task<(FinanceReport Report, LoadedWorkbook Loaded)> SampleAsync()
    {
        var loaded = PortfolioWorkbookFile.Load(RepositoryRoot.PathOf("samples/portfolio.xlsx"));
        var log = new JsonLinesDecisionLogStore(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"));
        var entries = await log.ReadAllAsync(CancellationToken.None);
        var verification = await ((Domain.DecisionLog.IDecisionLogStore)log).VerifyAsync(CancellationToken.None);
        return (FinanceReportJob.Build(loaded.Workbook, entries, verification, AsOf), loaded);
    }

    [Fact]
    public async Task Build_Sample_ReconcilesWithTheSpendTableToTheCent()
    {
        var (report, loaded) = await SampleAsync();
        var spend = loaded.Workbook.Spend;
        Assert.Equal(spend.Count, report.Reconciliation.SpendRows);
        Assert.Equal(spend.Sum(s => s.Cost), report.Reconciliation.SpendTotal);
        Assert.Equal(1_541_893.36m, report.Reconciliation.SpendTotal);
        Assert.Equal(report.Reconciliation.InPeriodTotal, report.Facts.Sum(f => f.Cost));
        Assert.Equal(report.Reconciliation.InPeriodTotal, report.InitiativeMonths.Sum(m => m.Spend));
        Assert.Equal(spend.Count, report.Facts.Sum(f => f.Rows) + report.Reconciliation.BeforeRows + report.Reconciliation.AfterRows);
        Assert.Equal(loaded.Workbook.Initiatives.Count * 12, report.InitiativeMonths.Count);
    }

    [Fact]
    public async Task Build_Sample_OverCapAndApprovalsAsTheReviewSaysThem()
    {
        var (report, _) = await SampleAsync();
        Assert.True(report.Log.IsIntact);
        Assert.Equal(9, report.Log.VerifiedCount);
        var coupa = report.AsOfMonth.Single(m => m.InitiativeId == "DOE-0293");
        Assert.Equal((32_144.17m, 2_944.17m, OverageOutcome.NotApproved), (coupa.Spend, coupa.OverCap, coupa.Overage.Status));
        var proposals = report.AsOfMonth.Single(m => m.InitiativeId == "FRB-1386");
        Assert.Equal(OverageOutcome.WithinDecisionRights, proposals.Overage.Status);
        Assert.Equal("cfo@example.org", proposals.Overage.Approver);
        Assert.Contains(report.Exceptions, e => e.Kind == FinanceExceptionKind.OverCapWithoutApproval && e.InitiativeId == "DOE-0293");
        Assert.Contains(report.Exceptions, e => e.Kind == FinanceExceptionKind.ForecastOverCap);
        Assert.Contains(report.Exceptions, e => e.Kind == FinanceExceptionKind.StaffTimeMissing);
    }

    [Fact]
    public async Task Write_Sample_ProducesAWorkbookTheSdkOpens()
    {
        var (_, loaded) = await SampleAsync();
        var log = new JsonLinesDecisionLogStore(RepositoryRoot.PathOf("samples/portfolio.xlsx.decisions.jsonl"));
        var entries = await log.ReadAllAsync(CancellationToken.None);

        var bytes = new FinanceReportJob(new OpenXmlWorkbookPackage(), new FinanceWorkbookWriter(), new LocalWorkbookFiles()).Write(loaded.Workbook, entries, Domain.DecisionLog.DecisionChain.Verify(entries), AsOf, 12, "portfolio.xlsx");

        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Equal(6, document.WorkbookPart!.WorksheetParts.Count());
    }
}
