using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.DecisionRights;

/// <summary>Who may approve a decision on one initiative of a stored workbook (docs/rules.md#decision-rights).</summary>
/// <param name="Initiative">The initiative, as the workbook spells it.</param>
/// <param name="Risk">The initiative's reviewed risk level, the one the rights are checked at.</param>
/// <param name="Check">Whether the caller's own rights allow it, and why.</param>
/// <param name="Approvers">Everyone whose rights allow it, in DecisionRights table order.</param>
public sealed record DecisionRightsAnswer(Initiative Initiative, RiskLevel Risk, DecisionRightsResult Check, IReadOnlyList<string> Approvers);
