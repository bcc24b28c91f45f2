using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Decisions;

/// <summary>A decision as its host bound and checked the request's fields (docs/rules.md#decision-log).</summary>
/// <param name="Type">The decision type.</param>
/// <param name="InitiativeId">The InitiativeId; ignored for a Rebind, which covers the whole workbook.</param>
/// <param name="Approver">Who approves: the token's or signed-in identity, or the typed email of the embedded log.</param>
/// <param name="Source">Where <paramref name="Approver"/> came from.</param>
/// <param name="Why">Why the decision was taken.</param>
/// <param name="What">What changed; null for the default (the type and the initiative's name).</param>
/// <param name="Amount">The amount decided, in the workbook currency (an Overage's approval).</param>
/// <param name="CostEffect">The change to monthly cost, signed, in the workbook currency.</param>
/// <param name="RiskEffect">Raised, Lowered or None.</param>
/// <param name="RiskNote">A note on the risk effect.</param>
/// <param name="RequestedBy">Who asked for the decision.</param>
/// <param name="Month">An Overage's month as sent (yyyy-mm), already checked by the host; null for this month in the workbook time zone.</param>
/// <param name="MonthField">Names the month's field in the host's words (<c>month</c>, <c>--month</c>).</param>
/// <param name="IdempotencyKey">The write's idempotency key (docs/rules.md#idempotent-writes), or null.</param>
public sealed record DecisionToRecord(
    DecisionType Type, string? InitiativeId, string Approver, ApproverSource Source, string Why, string? What,
    decimal? Amount, decimal CostEffect, RiskEffect RiskEffect, string? RiskNote, string? RequestedBy,
    string? Month, string MonthField, string? IdempotencyKey);
