using OfficeGovernance.Domain.Spend;
namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// The Overage decision that covers an excess over the cap, or why none does (docs/rules.md#overage; the
/// decision log, docs/rules.md#decision-log). Money in the workbook currency.
/// </summary>
/// <param name="Status">Approved within OverageLimit, within decision rights, unverified, not approved, or not over the cap.</param>
/// <param name="DecisionId">The decision that approves it (or, when <see cref="OverageOutcome.Unverified"/>, would); null otherwise.</param>
/// <param name="Approver">That decision's approver as shown (DecisionDraft.ApproverAsShown: " (typed)" for a typed one); null without a decision.</param>
/// <param name="Amount">That decision's Amount; null without a decision.</param>
/// <param name="Date">That decision's date in the workbook time zone; null without a decision.</param>
/// <param name="Note">In words: who approved what and on what ground, or why it is not approved; empty when not over the cap.</param>
public sealed record OverageCover(
    OverageOutcome Status, string? DecisionId, string? Approver, decimal? Amount, DateOnly? Date, string Note)
{
    /// <summary>True when the excess counts as approved (never for <see cref="OverageOutcome.Unverified"/>).</summary>
    public bool Approved => Status is OverageOutcome.WithinOverageLimit or OverageOutcome.WithinDecisionRights;

    /// <summary>The cover of a month not over its cap.</summary>
    public static OverageCover None { get; } = new(OverageOutcome.NotOverCap, null, null, null, null, string.Empty);
}
