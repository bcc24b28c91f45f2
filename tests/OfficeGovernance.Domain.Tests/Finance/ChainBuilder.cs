using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Finance;

/// <summary>Builds a real hash-chained decision log, and breaks it on request.</summary>
internal sealed class ChainBuilder
{
    private readonly List<DecisionEntry> _entries = [];

    public ChainBuilder Overage(
        string approver, decimal amount, DateOnly day, string initiativeId = "I1", DateOnly? month = null,
        ApproverSource? source = null)
    {
        var draft = new DecisionDraft
        {
            DecisionId = $"D{_entries.Count + 1}",
            Timestamp = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            InitiativeId = initiativeId,
            DecisionType = DecisionType.Overage,
            WhatChanged = "Overage approved",
            Why = "Peak load",
            ApprovedBy = approver,
            Amount = amount,
            Month = month,
            ApproverSource = source,
        };
        _entries.Add(DecisionChain.Next(draft, _entries.Count == 0 ? null : _entries[^1]));
        return this;
    }

    /// <summary>Edits entry <paramref name="sequence"/>'s amount after the fact, leaving its stored hash.</summary>
    public ChainBuilder Tamper(int sequence, decimal amount)
    {
        var entry = _entries[sequence - 1];
        _entries[sequence - 1] = entry with { Decision = entry.Decision with { Amount = amount } };
        return this;
    }

    public IReadOnlyList<DecisionEntry> Entries => _entries;

    public ChainVerification Verification => DecisionChain.Verify(_entries);
}
