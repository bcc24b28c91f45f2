using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// A decision ready to be appended: everything of a <see cref="DecisionEntry"/> but the chain's hashes.
/// The id is assigned before the first attempt so that a retried append is idempotent.
/// </summary>
public sealed record DecisionDraft
{
    /// <summary>A unique id, assigned once by the caller (for example a GUID in "N" format).</summary>
    public required string DecisionId { get; init; }
    /// <summary>When the decision was recorded, UTC.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary>The initiative decided on.</summary>
    public required string InitiativeId { get; init; }
    /// <summary>The decision type.</summary>
    public required DecisionType DecisionType { get; init; }
    /// <summary>What changed, in words.</summary>
    public required string WhatChanged { get; init; }
    /// <summary>Why.</summary>
    public required string Why { get; init; }
    /// <summary>The authenticated identity that approved (never a typed name in the HTTP API).</summary>
    public required string ApprovedBy { get; init; }
    /// <summary>
    /// The approver as every view shows an approval (review reasons, the finance report's approver cells, the weekly
    /// digests): <see cref="ApprovedBy"/> trimmed, with " (typed)" when <see cref="ApproverSource"/> is
    /// <see cref="DecisionLog.ApproverSource.Typed"/>, a name nobody's sign-in vouched for (docs/rules.md#decision-log).
    /// </summary>
    public string ApproverAsShown() =>
        ApproverSource == DecisionLog.ApproverSource.Typed ? $"{ApprovedBy.Trim()} (typed)" : ApprovedBy.Trim();
    /// <summary>Who asked for the decision; null when not given.</summary>
    public string? RequestedBy { get; init; }
    /// <summary>The change to monthly cost, signed, in the workbook currency.</summary>
    public decimal CostEffect { get; init; }
    /// <summary>The effect on risk.</summary>
    public RiskEffect RiskEffect { get; init; } = RiskEffect.None;
    /// <summary>A note on the risk effect; null when none.</summary>
    public string? RiskNote { get; init; }
    /// <summary>The amount approved (Overage and other money decisions), in the workbook currency; null when none.</summary>
    public decimal? Amount { get; init; }
    /// <summary>
    /// The month an Overage decision covers, as its first day (docs/rules.md#overage: overages are approved per
    /// month); null: the month the decision is logged in, in the workbook time zone
    /// (<see cref="Spend.OverageMonth.Covered"/>). Set only on Overage decisions. Part of the canonical JSON only when
    /// set, so entries logged before the field existed hash as they did.
    /// </summary>
    public DateOnly? Month { get; init; }
    /// <summary>How <see cref="ApprovedBy"/> was established; null on entries written before it was recorded.</summary>
    public ApproverSource? ApproverSource { get; init; }
    /// <summary>
    /// The idempotency key the write carried (the API's <c>Idempotency-Key</c> header, or one per CLI command); null
    /// when none. A repeat with the same key and content returns the stored entry; other content is refused
    /// (docs/rules.md#idempotent-writes).
    /// </summary>
    public string? IdempotencyKey { get; init; }
}
