namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The body of <c>POST /api/agents/sync</c>.</summary>
/// <param name="WorkbookId">The stored workbook whose Agents table is synced: driveId/itemId with Graph, a file name locally.</param>
public sealed record AgentSyncRequest(string? WorkbookId);
