using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;

namespace OfficeGovernance.Functions.Http.Handlers;

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
