using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The <c>POST /api/finance-report</c> body: the shape of <see cref="ReviewRequest"/> with the months.</summary>
/// <param name="WorkbookId">The stored workbook's id; its decision log is the one reported on. Default: <c>?workbookId=</c>.</param>
/// <param name="AsOf">The as-of date, yyyy-mm-dd in the workbook time zone; default today there.</param>
/// <param name="Months">Months covered, the as-of month included, 1 to 36; default back to the first month with spend, at most 12.</param>
/// <param name="Tables">The workbook's tables as the add-in reads them; default the stored workbook.</param>
public sealed record FinanceReportRequest(string? WorkbookId, string? AsOf, int? Months, IReadOnlyList<TableJson>? Tables);
