using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// A decision to record (docs/rules.md#decision-rights, docs/rules.md#decision-log) in the workbook <see cref="WorkbookId"/> names. Its decision
/// rights and the initiative's risk are read from the stored workbook, never from the request (a <c>tables</c> member
/// is ignored). The approver is always the caller; <see cref="ApprovedBy"/>, when given, must be the caller. Money is
/// in the workbook currency.
/// </summary>
/// <param name="WorkbookId">The stored workbook whose rights apply and whose log receives the decision.</param>
/// <param name="InitiativeId">The initiative decided on.</param>
/// <param name="Type">The DecisionType label.</param>
/// <param name="Why">Why it was decided.</param>
/// <param name="What">What changed (default: the type and the initiative's name).</param>
/// <param name="Amount">The amount decided; required for Overage.</param>
/// <param name="CostEffect">Change to monthly cost, signed.</param>
/// <param name="RiskEffect">Raised, Lowered or None (default None).</param>
/// <param name="RiskNote">A note on the risk effect.</param>
/// <param name="ApprovedBy">Optional; must be the caller.</param>
/// <param name="RequestedBy">Who asked for the decision.</param>
/// <param name="Month">Overage only: the month it covers, yyyy-mm (default: the month it is logged in, workbook time
/// zone; docs/rules.md#overage).</param>
public sealed record DecisionRequest(
    string? WorkbookId, string? InitiativeId, string? Type, string? Why, string? What,
    decimal? Amount, decimal? CostEffect, string? RiskEffect, string? RiskNote, string? ApprovedBy, string? RequestedBy,
    string? Month = null);
