using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.DecisionRights;

/// <summary>
/// Checks decisions against the DecisionRights table (docs/rules.md#decision-rights): a decision of type T by approver A on
/// initiative I for amount X (workbook currency; 0 where no money moves) is allowed only if some row has type T,
/// approver A (case-insensitive), scope I (case-insensitive) or <c>*</c>, MaxAmount &gt;= X or blank, and
/// MaxRiskLevel &gt;= I's risk level (an Unassessed initiative ranks as High, see <see cref="RiskLevelRank"/>).
/// </summary>
public static class DecisionRightsChecker
{
    /// <summary>Checks one decision; a refusal names the failing conditions and who could approve instead.</summary>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static DecisionRightsResult Check(
        IReadOnlyList<DecisionRight> rights, DecisionType type, string approver, string initiativeId, decimal amount,
        RiskLevel riskLevel)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(approver);
        ArgumentNullException.ThrowIfNull(initiativeId);
        var who = approver.Trim();
        var alternatives = ApproversFor(rights, type, initiativeId, amount, riskLevel)
            .Where(a => !string.Equals(a, who, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        var typeLabel = EnumLabels<DecisionType>.Label(type);
        var what = $"{typeLabel} on {initiativeId} for {ValueText.Number(amount)} at " +
                   $"{EnumLabels<RiskLevel>.Label(riskLevel)} risk";
        var own = rights.Where(r => r.Type == type && SameApprover(r, who)).ToArray();
        if (own.Any(r => Covers(r, initiativeId, amount, riskLevel)))
        {
            return new DecisionRightsResult(true, alternatives, $"{who} may decide {what}.");
        }
        var why = own.Length == 0
            ? $"{who} has no {typeLabel} decision right"
            : string.Join("; ", own.Select(r => $"row {r.Row}: {Shortfall(r, initiativeId, amount, riskLevel)}"));
        var instead = alternatives.Length == 0
            ? "nobody's decision rights allow it"
            : $"could approve instead: {string.Join(", ", alternatives)}";
        return new DecisionRightsResult(false, alternatives, $"{who} may not decide {what} ({why}); {instead}.");
    }

    /// <summary>
    /// Every distinct approver (table order, first spelling kept, compared case-insensitively) whose rows allow a
    /// decision of <paramref name="type"/> on <paramref name="initiativeId"/> for <paramref name="amount"/> at
    /// <paramref name="riskLevel"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public static IReadOnlyList<string> ApproversFor(
        IReadOnlyList<DecisionRight> rights, DecisionType type, string initiativeId, decimal amount, RiskLevel riskLevel)
    {
        ArgumentNullException.ThrowIfNull(rights);
        ArgumentNullException.ThrowIfNull(initiativeId);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var approvers = new List<string>();
        foreach (var right in rights)
        {
            var approver = right.Approver.Trim();
            if (right.Type == type && Covers(right, initiativeId, amount, riskLevel) && seen.Add(approver))
            {
                approvers.Add(approver);
            }
        }
        return approvers;
    }

    private static bool SameApprover(DecisionRight right, string approver) =>
        string.Equals(right.Approver.Trim(), approver, StringComparison.OrdinalIgnoreCase);

    private static bool InScope(DecisionRight right, string initiativeId)
    {
        var scope = right.Scope.Trim();
        return scope.Length == 0 || scope == "*" ||
               string.Equals(scope, initiativeId.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Covers(DecisionRight right, string initiativeId, decimal amount, RiskLevel riskLevel) =>
        InScope(right, initiativeId) && (right.MaxAmount is null || right.MaxAmount >= amount) &&
        RiskLevelRank.Covers(right.MaxRiskLevel, riskLevel);

    private static string Shortfall(DecisionRight right, string initiativeId, decimal amount, RiskLevel riskLevel)
    {
        var reasons = new List<string>();
        if (!InScope(right, initiativeId))
        {
            reasons.Add($"scope {right.Scope} does not include {initiativeId}");
        }
        if (right.MaxAmount is { } max && max < amount)
        {
            reasons.Add($"MaxAmount {ValueText.Number(max)} is below {ValueText.Number(amount)}");
        }
        if (!RiskLevelRank.Covers(right.MaxRiskLevel, riskLevel))
        {
            reasons.Add($"MaxRiskLevel {EnumLabels<RiskLevel>.Label(right.MaxRiskLevel)} is below " +
                        EnumLabels<RiskLevel>.Label(riskLevel) +
                        (riskLevel == RiskLevel.Unassessed ? " (ranked as High until the use case is described)" : ""));
        }
        return string.Join(", ", reasons);
    }
}
