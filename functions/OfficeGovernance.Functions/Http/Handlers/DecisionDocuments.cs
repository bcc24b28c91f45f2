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

/// <summary>A stored decision log entry (docs/rules.md#decision-log); timestamps UTC, money in the workbook currency.</summary>
#pragma warning disable CS1591 // The members are the entry's fields, documented on DecisionDraft and DecisionEntry.
public sealed record DecisionDocument(
    long Sequence, string DecisionId, DateTimeOffset Timestamp, string InitiativeId, string DecisionType,
    string WhatChanged, string Why, string ApprovedBy, string? RequestedBy, decimal CostEffect, string RiskEffect,
    string? RiskNote, decimal? Amount, string PreviousHash, string Hash, string? Month = null)
#pragma warning restore CS1591
{
    /// <summary>The document of an entry.</summary>
    public static DecisionDocument Of(DecisionEntry entry)
    {
        var d = entry.Decision;
        return new DecisionDocument(entry.Sequence, d.DecisionId, d.Timestamp, d.InitiativeId,
            EnumLabels<DecisionType>.Label(d.DecisionType), d.WhatChanged, d.Why, d.ApprovedBy, d.RequestedBy,
            d.CostEffect, d.RiskEffect.ToString(), d.RiskNote, d.Amount, entry.PreviousHash, entry.Hash,
            d.Month is { } month ? OverageMonth.Format(month) : null);
    }
}
