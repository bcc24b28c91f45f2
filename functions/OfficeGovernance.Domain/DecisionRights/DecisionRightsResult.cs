namespace OfficeGovernance.Domain.DecisionRights;

/// <summary>The answer to "may this approver take this decision?" (docs/rules.md#decision-rights).</summary>
/// <param name="Allowed">True when some DecisionRights row allows it.</param>
/// <param name="AlternativeApprovers">
/// Distinct approvers (table order, first spelling) whose rows allow the same decision; filled whether or not it is
/// allowed, and excluding the approver asked about.
/// </param>
/// <param name="Message">Why it is allowed or refused, and who could approve instead.</param>
public sealed record DecisionRightsResult(bool Allowed, IReadOnlyList<string> AlternativeApprovers, string Message);
