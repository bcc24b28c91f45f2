namespace OfficeGovernance.Application.Workbooks.Registry;

/// <summary>
/// A workbook registered for the weekly run (issue 9: <c>POST /api/workbooks</c> registers, the weekly timer lists;
/// docs/rules.md#http-api-contract).
/// </summary>
/// <param name="WorkbookId">The workbook's id: a drive item (<c>driveId/itemId</c>) in Azure, a file name locally.</param>
/// <param name="RegisteredBy">The email address of the signed-in caller who registered it first.</param>
/// <param name="RegisteredAt">When it was first registered, UTC.</param>
public sealed record WorkbookRegistration(string WorkbookId, string RegisteredBy, DateTimeOffset RegisteredAt);
