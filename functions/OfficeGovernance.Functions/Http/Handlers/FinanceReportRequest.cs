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

/// <summary>The <c>POST /api/finance-report</c> body: the shape of <see cref="ReviewRequest"/> with the months.</summary>
/// <param name="WorkbookId">The stored workbook's id; its decision log is the one reported on. Default: <c>?workbookId=</c>.</param>
/// <param name="AsOf">The as-of date, yyyy-mm-dd in the workbook time zone; default today there.</param>
/// <param name="Months">Months covered, the as-of month included, 1 to 36; default back to the first month with spend, at most 12.</param>
/// <param name="Tables">The workbook's tables as the add-in reads them; default the stored workbook.</param>
public sealed record FinanceReportRequest(string? WorkbookId, string? AsOf, int? Months, IReadOnlyList<TableJson>? Tables);
