using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.DecisionRights;

/// <summary>
/// Who may approve a decision (docs/rules.md#decision-rights), checked against the DecisionRights of the STORED
/// workbook: nothing a caller sends about rights counts. The host checks first that the caller may read the workbook.
/// </summary>
public sealed class DecisionRightsQuery(StoredWorkbooks stored)
{
    /// <summary>The answer for one initiative, or null when the workbook's Initiatives table has no such InitiativeId.</summary>
    /// <param name="workbookId">The stored workbook.</param>
    /// <param name="initiativeId">The InitiativeId, matched without case and surrounding spaces.</param>
    /// <param name="type">The decision type.</param>
    /// <param name="caller">The signed-in caller (the token's identity).</param>
    /// <param name="amount">The amount decided, in the workbook currency (0 when no money moves).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="FileNotFoundException">No stored workbook has that id.</exception>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The stored workbook is invalid.</exception>
    public async Task<DecisionRightsAnswer?> AskAsync(
        string workbookId, string initiativeId, DecisionType type, string caller, decimal amount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initiativeId);
        var workbook = await stored.ParseAsync(workbookId, cancellationToken)
            ?? throw new FileNotFoundException($"No stored workbook '{workbookId}'.", workbookId);
        var initiative = workbook.Initiatives.FirstOrDefault(
            i => string.Equals(i.Id, initiativeId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (initiative is null)
        {
            return null;
        }
        var risk = InitiativeDecisionRights.RiskOf(initiative);
        return new DecisionRightsAnswer(initiative, risk, InitiativeDecisionRights.Check(workbook, initiative, type, caller, amount),
            DecisionRightsChecker.ApproversFor(workbook.DecisionRights, type, initiative.Id, amount, risk));
    }
}
