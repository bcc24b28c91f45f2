using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// Warnings that do not change the verdict (docs/rules.md#next-decision-and-flags): forecast over the cap, a past month's
/// overrun no Overage decision covers (open until covered; it also keeps the initiative from Expand), rollback drill
/// overdue (older than 90 days, or never, while the stage is beyond Pilot), NextReviewDate or DecisionDueDate before
/// the as-of date, and a workbook risk level that disagrees with the classifier (not when the classifier finds the
/// use case undescribed).
/// </summary>
public static class ReviewFlags
{
    private static readonly Stage[] BeyondPilot = [Stage.EarlyProduction, Stage.ScaledRollout, Stage.EnterpriseOperations];

    /// <summary>The flags of one initiative, in the order listed above.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> For(InitiativeFacts facts, SpendSummary spend)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(spend);
        var initiative = facts.Initiative;
        var currency = facts.Settings.Currency;
        var flags = new List<string>();
        if (spend.Forecast > spend.Cap)
        {
            flags.Add($"forecast {ValueText.Money(spend.Forecast, currency)} is over the cap {ValueText.Money(spend.Cap, currency)}");
        }
        flags.AddRange(spend.OpenOverruns.Select(o => o.Message));
        if (BeyondPilot.Contains(initiative.Stage) &&
            !ExpandControlChecker.DrillIsRecent(initiative.LastRollbackDrill, facts.AsOf))
        {
            flags.Add($"rollback drill overdue: {ExpandControlChecker.DrillProblem(initiative.LastRollbackDrill, facts.AsOf)}");
        }
        if (initiative.NextReviewDate is { } review && review < facts.AsOf)
        {
            flags.Add($"review overdue: NextReviewDate {ValueText.Date(review)} is past");
        }
        if (initiative.DecisionDueDate is { } due && due < facts.AsOf)
        {
            flags.Add($"decision overdue: DecisionDueDate {ValueText.Date(due)} is past");
        }
        // A set RiskLevel is itself the assessment the classifier could not make, so Unassessed is no disagreement.
        if (initiative.RiskLevel is { } set && set != facts.Classification.Level &&
            facts.Classification.Level != RiskLevel.Unassessed)
        {
            flags.Add($"RiskLevel {EnumLabels<RiskLevel>.Label(set)} disagrees with the classifier's " +
                      $"{EnumLabels<RiskLevel>.Label(facts.Classification.Level)} " +
                      $"({string.Join("; ", facts.Classification.DecidingInputs)})");
        }
        return flags;
    }
}
