namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The body of <c>POST /api/workbooks</c>.</summary>
/// <param name="WorkbookId">The workbook to register: driveId/itemId with Graph, a file name locally.</param>
public sealed record WorkbookRegistrationRequest(string? WorkbookId);
