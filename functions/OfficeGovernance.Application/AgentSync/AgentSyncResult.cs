using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Application.AgentSync;

/// <summary>What one agent sync did (docs/rules.md#workbook-contract, the Agents table).</summary>
/// <param name="WorkbookId">The workbook: a file path, or a stored workbook's id.</param>
/// <param name="Plan">What the sync found and changed.</param>
/// <param name="Unreadable">Owners or sponsors Graph refused, left unknown.</param>
/// <param name="Written">True when the workbook was saved; false when the plan changed nothing.</param>
/// <param name="Attempts">How many times the stored workbook was read (more than 1 after concurrent edits).</param>
public sealed record AgentSyncResult(
    string WorkbookId, AgentSyncPlan Plan, IReadOnlyList<string> Unreadable, bool Written, int Attempts);
