using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>How a decision's approver was established (docs/rules.md#decision-log, ApproverSource).</summary>
public enum ApproverSource
{
    /// <summary>A validated Entra ID bearer token (the HTTP API).</summary>
    [Label("token")] Token,
    /// <summary>The CLI's signed-in Azure.Identity credential (a shared log).</summary>
    [Label("signed-in")] SignedIn,
    /// <summary>Typed with <c>--by</c> on the embedded file log: shown as typed wherever approvals appear.</summary>
    [Label("typed")] Typed,
}
