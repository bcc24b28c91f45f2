using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.AgentSync;

/// <summary>
/// Plans a sync of the Agents table from Microsoft Entra Agent ID (docs/rules.md#agent-sync). Pure: the
/// same rows and identities give the same plan, and a workbook the plan was applied to plans nothing the second time.
/// <list type="bullet">
/// <item>Rows are matched to identities by EntraObjectId (case-insensitive); rows without one are typed by hand and
/// never touched.</item>
/// <item>An identity no row names is added: AgentId <c>ENTRA-</c> and the first 8 characters of its object id (the
/// whole id if that is taken), Name its display name, no InitiativeId (an agent outside the portfolio), Owner and
/// KillSwitchOwner its first owner and sponsor, Status Pilot; Paused and flagged when it is already disabled.</item>
/// <item>A disabled or Microsoft-disabled identity is flagged and its row's Status becomes Paused (from Pilot,
/// Production or blank). A row whose identity Entra no longer lists is flagged as deleted and its Status becomes
/// Retired. Paused goes for disabled because the identity still exists and may be enabled again: the row keeps its
/// controls until someone decides; Retired for deleted because a deleted agent identity cannot sign in again. The
/// sync never moves a Status back (an enabled identity on a Paused row stays Paused: a person paused it, or decides).</item>
/// <item>Owner and KillSwitchOwner are filled from the owners and sponsors only when blank; a filled value that is
/// not among them is reported as a difference, never overwritten; unreadable owners or sponsors (null) leave them as
/// they are. A blank Owner with no owner in Entra stays blank, so the agent keeps its stop condition.</item>
/// <item>Model, PromptVersion, ExpectedBehavior, RollbackPath, InitiativeId and every other column are never touched;
/// a Name that differs from the display name is reported.</item>
/// </list>
/// </summary>
public static class AgentSyncPlanner
{
    /// <summary>The AgentId prefix of rows the sync adds.</summary>
    public const string AgentIdPrefix = "ENTRA-";

    /// <summary>Plans the sync.</summary>
    /// <param name="rows">The Agents table as read (validated).</param>
    /// <param name="identities">Every agent identity of the tenant, all pages, in Graph's order.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two identities have the same object id, or one has none: Graph's answer is
    /// inconsistent and no plan can be trusted.</exception>
    public static AgentSyncPlan Plan(IReadOnlyList<Agent> rows, IReadOnlyList<AgentIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(identities);
        var byId = new Dictionary<string, AgentIdentity>(StringComparer.OrdinalIgnoreCase);
        foreach (var identity in identities)
        {
            if (string.IsNullOrWhiteSpace(identity.ObjectId))
            {
                throw new ArgumentException($"Graph listed the agent identity '{identity.DisplayName}' without an id.", nameof(identities));
            }
            if (!byId.TryAdd(identity.ObjectId.Trim(), identity))
            {
                throw new ArgumentException($"Graph listed the agent identity {identity.ObjectId} twice.", nameof(identities));
            }
        }
        var changes = new List<AgentCellChange>();
        var flags = new List<AgentSyncFlag>();
        var differences = new List<AgentSyncDifference>();
        var unchanged = 0;
        foreach (var row in rows)
        {
            var before = changes.Count;
            if (row.EntraObjectId is { } objectId)
            {
                if (byId.TryGetValue(objectId.Trim(), out var identity))
                {
                    Matched(row, identity, changes, flags, differences);
                }
                else
                {
                    Deleted(row, objectId, changes, flags);
                }
            }
            unchanged += changes.Count == before ? 1 : 0;
        }
        var added = Added(rows, identities, flags);
        return new AgentSyncPlan(added, changes, flags, differences, unchanged);
    }

    private static void Matched(Agent row, AgentIdentity identity, List<AgentCellChange> changes,
        List<AgentSyncFlag> flags, List<AgentSyncDifference> differences)
    {
        if (DisabledKind(identity) is { } kind)
        {
            var active = row.Status is null or AgentStatus.Pilot or AgentStatus.Production;
            flags.Add(new AgentSyncFlag(row.Id, identity.ObjectId, kind,
                $"{Describe(kind)}; Status {(active ? $"{Label(row.Status)} becomes Paused" : $"stays {Label(row.Status)}")}"));
            if (active)
            {
                changes.Add(new AgentCellChange(row.Row, row.Id, "Status", row.Status is null ? null : Label(row.Status), "Paused"));
            }
        }
        Fill(row, "Owner", row.Owner, identity.Owners, changes, differences);
        Fill(row, "KillSwitchOwner", row.KillSwitchOwner, identity.Sponsors, changes, differences);
        if (!string.Equals(row.Name.Trim(), identity.DisplayName.Trim(), StringComparison.Ordinal))
        {
            differences.Add(new AgentSyncDifference(row.Id, "Name", row.Name, identity.DisplayName));
        }
    }

    private static void Deleted(Agent row, string objectId, List<AgentCellChange> changes, List<AgentSyncFlag> flags)
    {
        var retired = row.Status == AgentStatus.Retired;
        flags.Add(new AgentSyncFlag(row.Id, objectId, AgentSyncFlagKind.Deleted,
            $"Entra no longer lists agent identity {objectId} (deleted); Status {(retired ? "stays Retired" : $"{Label(row.Status)} becomes Retired")}"));
        if (!retired)
        {
            changes.Add(new AgentCellChange(row.Row, row.Id, "Status", row.Status is null ? null : Label(row.Status), "Retired"));
        }
    }

    private static void Fill(Agent row, string column, string? current, IReadOnlyList<string>? entra,
        List<AgentCellChange> changes, List<AgentSyncDifference> differences)
    {
        var people = Emails(entra);
        if (people is null || people.Count == 0)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(current))
        {
            changes.Add(new AgentCellChange(row.Row, row.Id, column, null, people[0]));
        }
        else if (!people.Contains(current.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            differences.Add(new AgentSyncDifference(row.Id, column, current, string.Join("; ", people)));
        }
    }

    private static List<Agent> Added(IReadOnlyList<Agent> rows, IReadOnlyList<AgentIdentity> identities, List<AgentSyncFlag> flags)
    {
        var known = new HashSet<string>(rows.Select(r => r.EntraObjectId).OfType<string>().Select(i => i.Trim()),
            StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(rows.Select(r => r.Id), StringComparer.OrdinalIgnoreCase);
        var added = new List<Agent>();
        foreach (var identity in identities.Where(i => !known.Contains(i.ObjectId.Trim())))
        {
            var objectId = identity.ObjectId.Trim();
            var id = AgentIdPrefix + objectId[..Math.Min(8, objectId.Length)];
            id = taken.Add(id) ? id : AgentIdPrefix + objectId;
            taken.Add(id);
            var kind = DisabledKind(identity);
            if (kind is { } disabled)
            {
                flags.Add(new AgentSyncFlag(id, objectId, disabled, $"{Describe(disabled)}; added with Status Paused"));
            }
            added.Add(new Agent
            {
                Id = id,
                InitiativeId = null,
                Name = identity.DisplayName.Trim().Length > 0 ? identity.DisplayName.Trim() : objectId,
                Owner = Emails(identity.Owners)?.FirstOrDefault(),
                KillSwitchOwner = Emails(identity.Sponsors)?.FirstOrDefault(),
                Status = kind is null ? AgentStatus.Pilot : AgentStatus.Paused,
                EntraObjectId = objectId,
            });
        }
        return added;
    }

    // Only well-formed addresses can be an Owner (docs/rules.md#email-addresses, Email); a person without one is no owner here.
    private static List<string>? Emails(IReadOnlyList<string>? values) =>
        values?.Select(v => v.Trim()).Where(EmailAddress.IsWellFormed).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static AgentSyncFlagKind? DisabledKind(AgentIdentity identity) =>
        identity.DisabledByMicrosoft ? AgentSyncFlagKind.DisabledByMicrosoft
        : identity.Disabled ? AgentSyncFlagKind.Disabled
        : null;

    private static string Describe(AgentSyncFlagKind kind) => kind switch
    {
        AgentSyncFlagKind.DisabledByMicrosoft => "Microsoft disabled the agent identity",
        AgentSyncFlagKind.Disabled => "the agent identity is disabled in Entra (accountEnabled false)",
        _ => "the agent identity was deleted",
    };

    private static string Label(AgentStatus? status) => status is { } s ? EnumLabels<AgentStatus>.Label(s) : "blank";
}
