using Microsoft.Extensions.Options;
using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Application;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.AgentSync;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The body of <c>POST /api/agents/sync</c>.</summary>
/// <param name="WorkbookId">The stored workbook whose Agents table is synced: driveId/itemId with Graph, a file name locally.</param>
public sealed record AgentSyncRequest(string? WorkbookId);
