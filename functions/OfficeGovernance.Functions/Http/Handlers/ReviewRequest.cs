using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The review request as JSON: the workbook's id (for its decision log), an optional yyyy-mm-dd date, and its tables.</summary>
/// <param name="WorkbookId">The workbook's id; its decision log is the one reviewed against.</param>
/// <param name="AsOf">The as-of date, yyyy-mm-dd in the workbook time zone; default today there.</param>
/// <param name="Tables">The workbook's input tables as the add-in reads them.</param>
public sealed record ReviewRequest(string? WorkbookId, string? AsOf, IReadOnlyList<TableJson>? Tables);
