using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Finance;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Finance;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.Finance;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>GET|POST /api/finance-report</c> (issue 11; docs/rules.md#finance-report): the finance report of the stored workbook, or
/// of its tables in the body (JSON or an .xlsx body), against the stored workbook's verified decision log. The answer
/// is the report .xlsx (<see cref="FinanceWorkbookWriter"/>), or with <c>Accept: application/json</c> the
/// <see cref="FinanceReportJson"/> document. The log is read only for a caller who can read that workbook
/// (<see cref="WorkbookAccess"/>); anyone else gets 404. Nothing is written anywhere.
/// </summary>
public sealed class FinanceReportHandler(
    WorkbookEndpoint endpoint, IWorkbookSource workbooks, IWorkbookDecisionLogs logs, TimeProvider time,
    FinanceReportJob job)
{
    /// <summary><c>GET</c>: the stored workbook's report; 400 naming the fields or cells, 404 for a workbook the caller cannot read.</summary>
    public async Task<IResult> GetAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (months, problem) = QueryMonths(request);
        return problem ?? await HandleAsync(request, request.Query["workbookId"], request.Query["asOf"], months, null, null, cancellationToken);
    }

    /// <summary><c>POST</c>: the report of the body's tables (JSON, or .xlsx with the query's fields), or of the stored workbook when the body has none.</summary>
    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var large = await LargeBodyGate.EnterAsync(request, cancellationToken);
        if (string.Equals(request.ContentType?.Split(';')[0].Trim(), ReviewHandler.XlsxMediaType, StringComparison.OrdinalIgnoreCase))
        {
            var xlsx = await RequestBody.ReadBytesAsync(request, cancellationToken);
            var (months, monthsProblem) = QueryMonths(request);
            return monthsProblem ?? await HandleAsync(request, request.Query["workbookId"], request.Query["asOf"], months, null, xlsx, cancellationToken);
        }
        var (body, problem) = await RequestBody.ReadJsonAsync<FinanceReportRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        return await HandleAsync(request, body!.WorkbookId ?? request.Query["workbookId"], body.AsOf ?? request.Query["asOf"],
            body.Months, body.Tables, null, cancellationToken);
    }

    private async Task<IResult> HandleAsync(
        HttpRequest request, string? id, string? day, int? months, IReadOnlyList<TableJson>? tables, byte[]? xlsx,
        CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        if (!ReviewRun.TryParseAsOf(day, out var date))
        {
            errors.Add($"asOf: '{day}' is not a date in the form yyyy-mm-dd.");
        }
        if (months is { } asked && FinancePeriod.Problem(asked) is not null)
        {
            errors.Add($"months: '{asked.ToString(CultureInfo.InvariantCulture)}' is not a number of months from 1 to {FinancePeriod.MaxMonths}.");
        }
        if (await endpoint.RefusalAsync(request, id, errors, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await WorkbookEndpoint.AnswerAsync(id!, () => ReportAsync(request, id!, date, months, tables, xlsx, cancellationToken));
    }

    private async Task<IResult> ReportAsync(
        HttpRequest request, string id, DateOnly? date, int? months, IReadOnlyList<TableJson>? tables, byte[]? xlsx,
        CancellationToken cancellationToken)
    {
        var bytes = tables is not null ? null : xlsx ?? (await workbooks.GetAsync(id, cancellationToken)).Bytes;
        var workbook = tables is not null ? PortfolioParser.Parse(TablesJson.ToTableData(tables)) : PortfolioWorkbookFile.Parse(bytes!, id);
        // The log is the stored workbook's (its Settings.WorkbookId), never one the body's tables name.
        var log = await logs.OpenStoredAsync(id, cancellationToken);
        var decisions = await log.ReadAllAsync(cancellationToken);
        // Approvals the log lacks would be reported as over cap without approval: refuse instead (docs/rules.md#decision-log).
        if (DecisionLogCoverage.Missing(workbook.DecisionLogTable, decisions, log.Location) is { Count: > 0 } missing)
        {
            return ApiProblems.Workbook(missing);
        }
        var verification = await log.VerifyAsync(cancellationToken);
        var asOf = date ?? AsOfDate.Today(time, workbook.Settings.TimeZone);
        var report = FinanceReportJob.Build(workbook, decisions, verification, asOf,
            months ?? FinancePeriod.DefaultFor(asOf, workbook.Spend));
        if (bytes is not null)
        {
            report = job.WithUnallocated(report, bytes, id);
        }
        if (WantsJson(request))
        {
            return TypedResults.Ok(FinanceReportJson.ToDocument(report));
        }
        return TypedResults.File(new FinanceWorkbookWriter().Write(report, id), ReviewHandler.XlsxMediaType,
            $"finance-report-{ValueText.Date(asOf)}.xlsx");
    }

    private static (int? Months, IResult? Problem) QueryMonths(HttpRequest request)
    {
        string? value = request.Query["months"];
        return string.IsNullOrWhiteSpace(value) ? (null, null)
            : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? (count, null)
            : (null, MonthsProblem(value));
    }

    private static bool WantsJson(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                                                  && a.Quality is not 0);

    private static ProblemHttpResult MonthsProblem(string value) =>
        ApiProblems.Field("months", $"'{value}' is not a number of months from 1 to {FinancePeriod.MaxMonths}.");
}
