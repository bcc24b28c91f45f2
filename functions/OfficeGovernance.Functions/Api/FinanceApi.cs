using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Finance;
using OfficeGovernance.Functions.Http.Handlers;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Api;

/// <summary>The finance report endpoints (docs/rules.md#finance-report; issue 11).</summary>
public sealed class FinanceApi(FinanceReportHandler report)
{
    /// <summary>
    /// <c>GET /api/finance-report?workbookId=&amp;asOf=&amp;months=</c>: the stored workbook's report, .xlsx or JSON by
    /// <c>Accept</c> (<see cref="FinanceReportHandler"/>).
    /// </summary>
    [ApiOperation("The stored workbook's finance report: .xlsx, or JSON with Accept: application/json.", Query = ["workbookId", "asOf?", "months?"], Response = typeof(FinanceReportDocument), XlsxResponse = true, Problems = [400, 404])]
    [Function(nameof(FinanceReport))]
    public async Task<IActionResult> FinanceReport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "finance-report")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await report.GetAsync(request, cancellationToken).Guarded());

    /// <summary>
    /// <c>POST /api/finance-report</c>: the report of the tables in the body (or of the stored workbook), .xlsx or JSON by
    /// <c>Accept</c> (<see cref="FinanceReportHandler"/>).
    /// </summary>
    [ApiOperation("The finance report of the posted tables or .xlsx (or of the stored workbook), against its verified log.", Body = typeof(FinanceReportRequest), XlsxBody = true, Query = ["workbookId?", "asOf?", "months?"], Response = typeof(FinanceReportDocument), XlsxResponse = true, Problems = [400, 404])]
    [Function(nameof(FinanceReportOfTables))]
    public async Task<IActionResult> FinanceReportOfTables(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "finance-report")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await report.PostAsync(request, cancellationToken).Guarded());
}
