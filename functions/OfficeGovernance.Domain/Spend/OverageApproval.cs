using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Spend;

/// <summary>
/// Whether an excess over the cap in one month is approved (docs/rules.md#overage: overages are approved per
/// month). Only Overage decisions on the initiative count that cover that month (<see cref="OverageMonth.Covered"/>:
/// the month they name, else the month they were logged in), whose timestamp, converted from UTC to the workbook time
/// zone, falls on or before the as-of date (a decision counts from its timestamp on, also when logged after the month
/// ended, never for a review as of an earlier day), and whose Amount covers the excess: amounts of several decisions
/// are not added up.
/// An excess up to OverageLimit (inclusive) is approved by such a decision of OverageApprover (case-insensitive).
/// Any excess is also approved by such a decision of an approver whose DecisionRights allow an Overage of the excess
/// at the initiative's risk level (MaxAmount &gt;= excess or blank); otherwise the initiative pauses.
/// </summary>
public static class OverageApproval
{
    /// <summary>Decides whether the excess is approved and says who approved it, or why not (the month-of-as-of Rule as a pair).</summary>
    /// <param name="initiative">The initiative over its cap.</param>
    /// <param name="excess">Month-to-date spend minus the cap, workbook currency, positive.</param>
    /// <param name="decisions">The initiative's logged decisions (others are ignored).</param>
    /// <param name="rights">The DecisionRights table.</param>
    /// <param name="riskLevel">The initiative's risk level.</param>
    /// <param name="asOf">The as-of date, workbook time zone.</param>
    /// <param name="settings">Currency and time zone.</param>
    /// <returns>Approved, and a note naming the approving decision or the reason for refusal.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static (bool Approved, string Note) Evaluate(
        Initiative initiative, decimal excess, IEnumerable<DecisionEntry> decisions,
        IReadOnlyList<DecisionRight> rights, RiskLevel riskLevel, DateOnly asOf, PortfolioSettings settings)
    {
        var ruling = Rule(initiative, excess, decisions, rights, riskLevel, asOf, settings);
        return (ruling.Approved, ruling.Note);
    }

    /// <summary>
    /// Decides whether the excess of the as-of month is approved, naming the approving decision and its basis
    /// (<see cref="Rule(Initiative, decimal, DateOnly, IEnumerable{DecisionEntry}, IReadOnlyList{DecisionRight}, RiskLevel, DateOnly, PortfolioSettings)"/>
    /// for the month of <paramref name="asOf"/>).
    /// </summary>
    /// <param name="initiative">The initiative over its cap.</param>
    /// <param name="excess">Spend minus the cap, workbook currency, positive.</param>
    /// <param name="decisions">The initiative's logged decisions (others are ignored).</param>
    /// <param name="rights">The DecisionRights table.</param>
    /// <param name="riskLevel">The initiative's risk level.</param>
    /// <param name="asOf">The last day judged, workbook time zone.</param>
    /// <param name="settings">Currency and time zone.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static OverageRuling Rule(
        Initiative initiative, decimal excess, IEnumerable<DecisionEntry> decisions,
        IReadOnlyList<DecisionRight> rights, RiskLevel riskLevel, DateOnly asOf, PortfolioSettings settings) =>
        Rule(initiative, excess, AsOfDate.MonthStart(asOf), decisions, rights, riskLevel, asOf, settings);

    /// <summary>
    /// Decides whether the excess of <paramref name="month"/> is approved as of <paramref name="asOf"/>, naming the
    /// approving decision and its basis.
    /// </summary>
    /// <param name="initiative">The initiative over its cap.</param>
    /// <param name="excess">The month's spend minus the cap, workbook currency, positive.</param>
    /// <param name="month">The month over its cap (any day of it), workbook time zone.</param>
    /// <param name="decisions">The initiative's logged decisions (others are ignored).</param>
    /// <param name="rights">The DecisionRights table.</param>
    /// <param name="riskLevel">The initiative's risk level.</param>
    /// <param name="asOf">The day judged, workbook time zone: decisions logged after it do not count.</param>
    /// <param name="settings">Currency and time zone.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static OverageRuling Rule(
        Initiative initiative, decimal excess, DateOnly month, IEnumerable<DecisionEntry> decisions,
        IReadOnlyList<DecisionRight> rights, RiskLevel riskLevel, DateOnly asOf, PortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentNullException.ThrowIfNull(settings);
        var monthStart = AsOfDate.MonthStart(month);
        var forMonth = decisions
            .Select(e => e.Decision)
            .Where(d => d.DecisionType == DecisionType.Overage &&
                        string.Equals(d.InitiativeId.Trim(), initiative.Id.Trim(), StringComparison.OrdinalIgnoreCase) &&
                        d.Amount is not null &&
                        OverageMonth.Covered(d, settings.TimeZone) == monthStart &&
                        AsOfDate.LocalDate(d.Timestamp, settings.TimeZone) <= asOf)
            .ToArray();
        var candidates = forMonth.Where(d => d.Amount >= excess).ToArray();
        var excessText = ValueText.Money(excess, settings.Currency);
        var withinLimit = initiative.OverageLimit is { } limit && excess <= limit &&
                          !string.IsNullOrWhiteSpace(initiative.OverageApprover);
        if (withinLimit)
        {
            var byApprover = candidates.LastOrDefault(d => string.Equals(
                d.ApprovedBy.Trim(), initiative.OverageApprover!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (byApprover is not null)
            {
                return new OverageRuling(OverageOutcome.WithinOverageLimit, byApprover,
                    Approved(excessText, byApprover, monthStart, settings, "the OverageApprover"));
            }
        }
        var byRights = candidates.LastOrDefault(d => DecisionRightsChecker
            .Check(rights, DecisionType.Overage, d.ApprovedBy, initiative.Id, excess, riskLevel).Allowed);
        if (byRights is not null)
        {
            return new OverageRuling(OverageOutcome.WithinDecisionRights, byRights,
                Approved(excessText, byRights, monthStart, settings, "decision rights"));
        }
        var who = withinLimit
            ? $"the OverageApprover {initiative.OverageApprover!.Trim()} or someone whose decision rights cover it"
            : "someone whose Overage decision rights cover it";
        var limitText = initiative.OverageLimit is { } l
            ? $"the OverageLimit is {ValueText.Money(l, settings.Currency)}"
            : "no OverageLimit is set";
        var partial = forMonth.Where(d => d.Amount < excess).MaxBy(d => d.Amount);
        var partialText = partial is null ? string.Empty
            : $"; the Overage decision {partial.DecisionId} by {partial.ApproverAsShown()} for " +
              $"{ValueText.Money(partial.Amount!.Value, settings.Currency)} covers only part of it";
        return new OverageRuling(OverageOutcome.NotApproved, null,
            $"overage of {excessText} not approved: no Overage decision for {OverageMonth.Format(monthStart)} of at least " +
            $"{excessText} by {who} ({limitText}){partialText}");
    }

    private static string Approved(
        string excessText, DecisionDraft decision, DateOnly month, PortfolioSettings settings, string basis) =>
        $"overage of {excessText} approved by {decision.ApproverAsShown()} on " +
        $"{ValueText.Date(AsOfDate.LocalDate(decision.Timestamp, settings.TimeZone))} for {OverageMonth.Format(month)} " +
        $"(decision {decision.DecisionId}, " +
        $"amount {ValueText.Money(decision.Amount!.Value, settings.Currency)}, by {basis})";
}
