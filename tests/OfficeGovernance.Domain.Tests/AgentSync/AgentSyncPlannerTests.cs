using OfficeGovernance.Domain.AgentSync;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;

namespace OfficeGovernance.Domain.Tests.AgentSync;

public class AgentSyncPlannerTests
{
    private const string ObjectId = "0f1e2d3c-aaaa-bbbb-cccc-000000000001";

    private static Agent Synced(AgentStatus? status = AgentStatus.Production, string? owner = "owner@example.com",
        string? killSwitch = "sponsor@example.com") =>
        new AgentBuilder("A1").With(a => a with
        {
            Name = "Invoice agent", EntraObjectId = ObjectId, Owner = owner, KillSwitchOwner = killSwitch, Status = status,
            Model = "gpt-x", PromptVersion = "v3", ExpectedBehavior = "Drafts invoices", Row = 1,
        }).Build();

    [Fact]
    public void Plan_NewIdentity_AddedAsPilotOutsideThePortfolioWithOwnerAndSponsor()
    {
        var plan = AgentSyncPlanner.Plan([new AgentBuilder("A1").Build()], [new AgentIdentityBuilder().Build()]);

        var added = Assert.Single(plan.Added);
        Assert.Equal("ENTRA-0f1e2d3c", added.Id);
        Assert.Null(added.InitiativeId);
        Assert.Equal(AgentStatus.Pilot, added.Status);
        Assert.Equal(("owner@example.com", "sponsor@example.com", ObjectId), (added.Owner, added.KillSwitchOwner, added.EntraObjectId));
        Assert.Equal("1 added, 0 changed, 0 flagged, 1 unchanged.", plan.Summary);
    }

    [Fact]
    public void Plan_NewIdentityWhoseShortIdIsTaken_UsesTheWholeObjectId()
    {
        var plan = AgentSyncPlanner.Plan([new AgentBuilder("entra-0F1E2D3C").Build()], [new AgentIdentityBuilder().Build()]);

        Assert.Equal("ENTRA-" + ObjectId, Assert.Single(plan.Added).Id);
    }

    [Fact]
    public void Plan_NewIdentityWithoutOwners_AddedWithBlankOwner()
    {
        var plan = AgentSyncPlanner.Plan([], [new AgentIdentityBuilder().Owners().Sponsors("not an address").Build()]);

        var added = Assert.Single(plan.Added);
        Assert.Null(added.Owner);
        Assert.Null(added.KillSwitchOwner);
    }

    [Fact]
    public void Plan_NewDisabledIdentity_AddedPausedAndFlagged()
    {
        var plan = AgentSyncPlanner.Plan([], [new AgentIdentityBuilder().Disabled().Build()]);

        Assert.Equal(AgentStatus.Paused, Assert.Single(plan.Added).Status);
        Assert.Equal(AgentSyncFlagKind.Disabled, Assert.Single(plan.Flags).Kind);
    }

    [Theory]
    [InlineData(false, null, AgentSyncFlagKind.Disabled)]
    [InlineData(true, "DisabledDueToViolationOfServicesAgreement", AgentSyncFlagKind.DisabledByMicrosoft)]
    public void Plan_DisabledIdentityOnActiveRow_FlagsAndPauses(bool enabled, string? byMicrosoft, AgentSyncFlagKind kind)
    {
        var identity = new AgentIdentityBuilder().With(i => i with { AccountEnabled = enabled, DisabledByMicrosoftStatus = byMicrosoft }).Build();

        var plan = AgentSyncPlanner.Plan([Synced()], [identity]);

        Assert.Equal(kind, Assert.Single(plan.Flags).Kind);
        Assert.Equal(new AgentCellChange(1, "A1", "Status", "Production", "Paused"), Assert.Single(plan.Changes));
    }

    [Fact]
    public void Plan_NotDisabledByMicrosoft_IsNotFlagged()
    {
        var identity = new AgentIdentityBuilder().With(i => i with { DisabledByMicrosoftStatus = "NotDisabled" }).Build();

        var plan = AgentSyncPlanner.Plan([Synced()], [identity]);

        Assert.Empty(plan.Flags);
        Assert.True(plan.ChangesNothing);
    }

    [Theory]
    [InlineData(AgentStatus.Pilot, "Retired")]
    [InlineData(null, "Retired")]
    public void Plan_IdentityDeletedSinceLastSync_FlagsAndRetires(AgentStatus? status, string after)
    {
        var plan = AgentSyncPlanner.Plan([Synced(status)], []);

        Assert.Equal(AgentSyncFlagKind.Deleted, Assert.Single(plan.Flags).Kind);
        Assert.Equal(after, Assert.Single(plan.Changes).After);
    }

    [Fact]
    public void Plan_DeletedIdentityOnRetiredRow_FlaggedButChangesNothing()
    {
        var plan = AgentSyncPlanner.Plan([Synced(AgentStatus.Retired)], []);

        Assert.Single(plan.Flags);
        Assert.True(plan.ChangesNothing);
        Assert.Equal("0 added, 0 changed, 1 flagged, 1 unchanged; nothing changed, the workbook was not written.", plan.Summary);
    }

    [Fact]
    public void Plan_EnabledIdentityOnPausedRow_NeverMovesStatusBack()
    {
        var plan = AgentSyncPlanner.Plan([Synced(AgentStatus.Paused)], [new AgentIdentityBuilder().Build()]);

        Assert.True(plan.ChangesNothing);
    }

    [Fact]
    public void Plan_BlankOwnerAndKillSwitchOwner_FilledFromFirstOwnerAndSponsor()
    {
        var identity = new AgentIdentityBuilder().Owners("first@example.com", "second@example.com").Build();

        var plan = AgentSyncPlanner.Plan([Synced(owner: null, killSwitch: " ")], [identity]);

        Assert.Equal(
            [new AgentCellChange(1, "A1", "Owner", null, "first@example.com"), new AgentCellChange(1, "A1", "KillSwitchOwner", null, "sponsor@example.com")],
            plan.Changes);
    }

    [Fact]
    public void Plan_OwnerThatEntraDoesNotList_ReportedNeverOverwritten()
    {
        var plan = AgentSyncPlanner.Plan([Synced(owner: "someone@example.com")], [new AgentIdentityBuilder().Build()]);

        Assert.Empty(plan.Changes);
        Assert.Equal(new AgentSyncDifference("A1", "Owner", "someone@example.com", "owner@example.com"), Assert.Single(plan.Differences));
    }

    [Fact]
    public void Plan_OwnerInOtherCase_IsNoDifference()
    {
        var plan = AgentSyncPlanner.Plan([Synced(owner: "OWNER@example.com")], [new AgentIdentityBuilder().Build()]);

        Assert.Empty(plan.Differences);
    }

    [Fact]
    public void Plan_UnreadableSponsors_LeaveBlankKillSwitchOwnerAndReportNothing()
    {
        var plan = AgentSyncPlanner.Plan([Synced(killSwitch: null)], [new AgentIdentityBuilder().Sponsors(null).Build()]);

        Assert.True(plan.ChangesNothing);
        Assert.Empty(plan.Differences);
    }

    [Fact]
    public void Plan_NoOwnersInEntra_BlankOwnerStaysBlank()
    {
        var plan = AgentSyncPlanner.Plan([Synced(owner: null)], [new AgentIdentityBuilder().Owners().Build()]);

        Assert.True(plan.ChangesNothing);
    }

    [Fact]
    public void Plan_RowsWithoutEntraObjectId_NeverTouched()
    {
        var typed = new AgentBuilder("A9").With(a => a with { Owner = null, Row = 1 }).Build();

        var plan = AgentSyncPlanner.Plan([typed], []);

        Assert.Empty(plan.Flags);
        Assert.True(plan.ChangesNothing);
        Assert.Equal(1, plan.Unchanged);
    }

    [Fact]
    public void Plan_DisplayNameDiffers_ReportedNotChanged()
    {
        var plan = AgentSyncPlanner.Plan([Synced()], [new AgentIdentityBuilder(name: "Invoice agent v2").Build()]);

        Assert.True(plan.ChangesNothing);
        Assert.Equal("Name", Assert.Single(plan.Differences).Column);
    }

    [Fact]
    public void Plan_AppliedThenPlannedAgain_ChangesNothing()
    {
        var rows = new List<Agent> { Synced(owner: null), Synced(AgentStatus.Pilot) with { Id = "A2", EntraObjectId = "gone", Row = 2 } };
        var identities = new[] { new AgentIdentityBuilder().Disabled().Build(), new AgentIdentityBuilder("new-identity", "New").Build() };
        var first = AgentSyncPlanner.Plan(rows, identities);

        var applied = Apply(rows, first);
        var second = AgentSyncPlanner.Plan(applied, identities);

        Assert.Equal((1, 2, 2), (first.Added.Count, first.ChangedRows, first.Flags.Count));
        Assert.True(second.ChangesNothing);
        Assert.Equal(2, second.Flags.Count);
        Assert.Equal(3, second.Unchanged);
    }

    [Fact]
    public void Plan_IdentityListedTwice_Throws()
    {
        var identity = new AgentIdentityBuilder().Build();

        Assert.Throws<ArgumentException>(() => AgentSyncPlanner.Plan([], [identity, identity]));
    }

    // What the writer does, on the model: the planned cells set, the added rows appended.
    private static List<Agent> Apply(List<Agent> rows, AgentSyncPlan plan)
    {
        var result = rows.Select(row => plan.Changes.Where(c => c.Row == row.Row).Aggregate(row, (a, c) => c.Column switch
        {
            "Owner" => a with { Owner = c.After },
            "KillSwitchOwner" => a with { KillSwitchOwner = c.After },
            _ => a with { Status = Enum.Parse<AgentStatus>(c.After) },
        })).ToList();
        result.AddRange(plan.Added.Select((a, i) => a with { Row = rows.Count + i + 1 }));
        return result;
    }
}
