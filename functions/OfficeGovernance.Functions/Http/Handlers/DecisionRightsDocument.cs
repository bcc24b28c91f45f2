namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// Who may approve a decision (docs/rules.md#decision-rights), from the stored workbook's DecisionRights, for
/// the add-in to show before a decision is sent.
/// </summary>
/// <param name="WorkbookId">The workbook asked about.</param>
/// <param name="InitiativeId">The initiative, as the workbook spells it.</param>
/// <param name="Type">The DecisionType label.</param>
/// <param name="Amount">The amount checked, in the workbook currency (0 when no money moves).</param>
/// <param name="RiskLevel">The initiative's risk level the rights are checked at (Low / Medium / High).</param>
/// <param name="Caller">The signed-in caller.</param>
/// <param name="CallerMayApprove">True when the caller's own rights allow it.</param>
/// <param name="Approvers">Everyone whose rights allow it, the caller included when they may, in table order.</param>
/// <param name="Message">Why the caller may or may not, and who could instead.</param>
public sealed record DecisionRightsDocument(
    string WorkbookId, string InitiativeId, string Type, decimal Amount, string RiskLevel, string Caller,
    bool CallerMayApprove, IReadOnlyList<string> Approvers, string Message);
