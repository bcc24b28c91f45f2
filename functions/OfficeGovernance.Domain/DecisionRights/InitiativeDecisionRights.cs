using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.DecisionRights;

/// <summary>
/// Decision rights for a decision on one initiative of a workbook (docs/rules.md#decision-rights): the
/// initiative's risk level is the workbook's, or the classifier's when the workbook leaves it blank, as in a review.
/// </summary>
public static class InitiativeDecisionRights
{
    /// <summary>
    /// The initiative id of a decision about the whole workbook, such as a Rebind (docs/rules.md#workbook-binding): only
    /// DecisionRights rows with Scope <c>*</c> (or blank) cover it, at High risk.
    /// </summary>
    public const string WholeWorkbook = "*";

    /// <summary>Whether <paramref name="approver"/> may take a workbook-wide decision (a Rebind) in <paramref name="workbook"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DecisionRightsResult CheckWholeWorkbook(PortfolioWorkbook workbook, DecisionType type, string approver)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return DecisionRightsChecker.Check(workbook.DecisionRights, type, approver, WholeWorkbook, 0m, RiskLevel.High);
    }

    /// <summary>The risk level decisions on <paramref name="initiative"/> are checked against.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="initiative"/> is null.</exception>
    public static RiskLevel RiskOf(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.RiskLevel ?? RiskClassifier.Classify(RiskInputs.From(initiative)).Level;
    }

    /// <summary>Whether <paramref name="approver"/> may take a decision of <paramref name="type"/> for <paramref name="amount"/> (workbook currency; 0 when no money moves).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DecisionRightsResult Check(
        PortfolioWorkbook workbook, Initiative initiative, DecisionType type, string approver, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return DecisionRightsChecker.Check(workbook.DecisionRights, type, approver, initiative.Id, amount, RiskOf(initiative));
    }
}
