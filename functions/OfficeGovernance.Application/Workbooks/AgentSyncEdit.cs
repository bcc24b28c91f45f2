using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>Applies an agent sync plan to the Agents table: changed cells replaced, new rows appended (docs/rules.md#agent-sync).</summary>
/// <param name="Plan">The plan, made from the workbook as read.</param>
public sealed record AgentSyncEdit(AgentSyncPlan Plan) : WorkbookEdit;
