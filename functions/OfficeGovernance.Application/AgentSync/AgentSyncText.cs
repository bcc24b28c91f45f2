using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.AgentSync;

/// <summary>
/// An agent sync in plain text, as <c>sync-agents</c> prints it and the weekly run logs it: the one-line account
/// (added, changed, flagged, unchanged; "nothing changed" when so), then each added row, change, flag, difference
/// and unreadable relationship on a line of its own.
/// </summary>
public static class AgentSyncText
{
    /// <summary>The lines.</summary>
    public static IReadOnlyList<string> Lines(AgentSyncResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var plan = result.Plan;
        var lines = new List<string> { $"{result.WorkbookId}: agents from Entra Agent ID: {plan.Summary}" };
        lines.AddRange(plan.Added.Select(a =>
            $"  added {a.Id} '{a.Name}' ({a.EntraObjectId}), Status {EnumLabels<AgentStatus>.Label(a.Status!.Value)}, outside the portfolio until it gets an InitiativeId" +
            (a.Owner is null ? "; no owner in Entra: it keeps its stop condition" : $"; Owner {a.Owner}")));
        lines.AddRange(plan.Changes.Select(c =>
            $"  changed {c.AgentId} (row {c.Row}) {c.Column}: {(c.Before is null ? "blank" : $"'{c.Before}'")} -> '{c.After}'"));
        lines.AddRange(plan.Flags.Select(f => $"  flagged {f.AgentId}: {f.Message}"));
        lines.AddRange(plan.Differences.Select(d =>
            $"  differs {d.AgentId} {d.Column}: the workbook says '{d.Workbook}', Entra says '{d.Entra}' (left as it is)"));
        lines.AddRange(result.Unreadable.Select(u => $"  unreadable: {u}"));
        return lines;
    }
}
