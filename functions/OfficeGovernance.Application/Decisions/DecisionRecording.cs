using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;

namespace OfficeGovernance.Application.Decisions;

/// <summary>
/// Records one decision, whatever the host (<c>POST /api/decisions</c>, the <c>decide</c> verb): checked against the
/// DecisionRights of the workbook the log is bound to at the initiative's reviewed risk (docs/rules.md#decision-rights);
/// a copy presenting its original's id is refused, and only a Rebind is checked against the original
/// (docs/rules.md#workbook-binding). A shared log gives the workbook its <c>Settings.WorkbookId</c> first when it has
/// none, so no decision is logged under a key the workbook does not carry. Nothing is written unless it is recorded.
/// </summary>
public sealed class DecisionRecording(TimeProvider time)
{
    /// <summary>Records <paramref name="decision"/> for <paramref name="presented"/> under <paramref name="decisionId"/>.</summary>
    /// <exception cref="WorkbookBindingConflictException">Another stored workbook holds the id and this is not a Rebind.</exception>
    /// <exception cref="IdempotencyKeyConflictException">The idempotency key was used for another decision.</exception>
    /// <exception cref="OfficeGovernance.Application.Workbooks.WorkbookConflictException">The stored workbook changed while its id was written.</exception>
    /// <exception cref="IOException">The local file changed while its id was written.</exception>
    public async Task<DecisionOutcome> RecordAsync(
        IDecisionWorkbook presented, DecisionToRecord decision, string decisionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        ArgumentNullException.ThrowIfNull(decision);
        var workbook = presented.Workbook;
        var log = presented.Log;
        var rules = workbook;
        if (log is BoundDecisionLog bound && await bound.HolderAsync(cancellationToken) is { } holder)
        {
            if (decision.Type != DecisionType.Rebind)
            {
                throw bound.Conflict(holder);
            }
            if (!await presented.MayReadHolderAsync(holder, cancellationToken))
            {
                return new DecisionOutcome(DecisionOutcomeKind.HolderUnreadable, null, null, holder, null, log);
            }
            if (await presented.ReadHolderAsync(holder, cancellationToken) is not { } original)
            {
                return new DecisionOutcome(DecisionOutcomeKind.HolderGone, null, null, holder, null, log);
            }
            rules = original;
        }
        var initiative = decision.Type == DecisionType.Rebind ? null : workbook.Initiatives.FirstOrDefault(
            i => string.Equals(i.Id, decision.InitiativeId?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (initiative is null && decision.Type != DecisionType.Rebind)
        {
            return new DecisionOutcome(DecisionOutcomeKind.UnknownInitiative, null, null, null, null, log);
        }
        var check = initiative is null
            ? InitiativeDecisionRights.CheckWholeWorkbook(rules, decision.Type, decision.Approver)
            : InitiativeDecisionRights.Check(rules, initiative, decision.Type, decision.Approver, decision.Amount ?? 0m);
        if (!check.Allowed)
        {
            return new DecisionOutcome(DecisionOutcomeKind.Refused, null, check, null, initiative, log);
        }
        var now = time.GetUtcNow();
        var month = OverageMonth.ForDecision(decision.Type, decision.Month, now, workbook.Settings.TimeZone, decision.MonthField);
        if (presented.IsShared && workbook.Settings.WorkbookId is null)
        {
            log = await presented.GiveWorkbookIdAsync(cancellationToken);
        }
        var draft = new DecisionDraft
        {
            DecisionId = decisionId,
            Timestamp = now,
            InitiativeId = initiative?.Id ?? InitiativeDecisionRights.WholeWorkbook,
            DecisionType = decision.Type,
            WhatChanged = decision.What ?? $"{EnumLabels<DecisionType>.Label(decision.Type)}: {initiative?.Name ?? presented.Label}",
            Why = decision.Why,
            ApprovedBy = decision.Approver,
            RequestedBy = decision.RequestedBy,
            CostEffect = decision.CostEffect,
            RiskEffect = decision.RiskEffect,
            RiskNote = decision.RiskNote,
            Amount = decision.Amount,
            Month = month,
            ApproverSource = decision.Source,
            IdempotencyKey = decision.IdempotencyKey,
        };
        var entry = await log.AppendAsync(draft, cancellationToken);
        var kind = IdempotentReplay.IsReplay(draft, entry) ? DecisionOutcomeKind.Replayed : DecisionOutcomeKind.Recorded;
        return new DecisionOutcome(kind, entry, check, null, initiative, log);
    }
}
