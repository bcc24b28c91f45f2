using OfficeGovernance.Application.AgentSync;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Functions.AgentSync;

/// <summary>
/// The JSON answer of <c>POST /api/agents/sync</c> (docs/rules.md#workbook-contract): the counts (added, changed, flagged,
/// unchanged), whether the workbook was written, and each added row, change, flag, difference and unreadable relation.
/// </summary>
public sealed record AgentSyncDocument(
    string WorkbookId, int Added, int Changed, int Flagged, int Unchanged, bool Written, string Summary,
    IReadOnlyList<AgentSyncAddedDocument> AddedAgents, IReadOnlyList<AgentSyncChangeDocument> Changes,
    IReadOnlyList<AgentSyncFlagDocument> Flags, IReadOnlyList<AgentSyncDifferenceDocument> Differences,
    IReadOnlyList<string> Unreadable)
{
    /// <summary>The document of a result.</summary>
    public static AgentSyncDocument From(AgentSyncResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plan = result.Plan;
        return new AgentSyncDocument(result.WorkbookId, plan.Added.Count, plan.ChangedRows, plan.Flags.Count, plan.Unchanged,
            result.Written, plan.Summary,
            plan.Added.Select(a => new AgentSyncAddedDocument(a.Id, a.Name, a.EntraObjectId!, a.Owner, a.KillSwitchOwner,
                EnumLabels<AgentStatus>.Label(a.Status!.Value))).ToArray(),
            plan.Changes.Select(c => new AgentSyncChangeDocument(c.AgentId, c.Row, c.Column, c.Before, c.After)).ToArray(),
            plan.Flags.Select(f => new AgentSyncFlagDocument(f.AgentId, f.EntraObjectId, f.Kind.ToString(), f.Message)).ToArray(),
            plan.Differences.Select(d => new AgentSyncDifferenceDocument(d.AgentId, d.Column, d.Workbook, d.Entra)).ToArray(),
            result.Unreadable);
    }
}
