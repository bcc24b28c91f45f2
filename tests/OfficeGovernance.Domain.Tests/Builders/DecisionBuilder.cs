using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>Builds a logged decision (hashes are placeholders: the rules never read them).</summary>
public sealed class DecisionBuilder
{
    private static long _sequence;
    private DecisionDraft _draft;

    public DecisionBuilder(DecisionType type, string approvedBy, string initiativeId = "I1")
    {
        _draft = new DecisionDraft
        {
            DecisionId = $"D{Interlocked.Increment(ref _sequence)}",
            Timestamp = new DateTimeOffset(2026, 11, 10, 12, 0, 0, TimeSpan.Zero),
            InitiativeId = initiativeId,
            DecisionType = type,
            WhatChanged = "Test decision",
            Why = "Test",
            ApprovedBy = approvedBy,
        };
    }

    public DecisionBuilder At(DateTimeOffset timestamp) => With(d => d with { Timestamp = timestamp });
    public DecisionBuilder Amount(decimal? amount) => With(d => d with { Amount = amount });

    public DecisionBuilder With(Func<DecisionDraft, DecisionDraft> change)
    {
        _draft = change(_draft);
        return this;
    }

    public DecisionEntry Build() =>
        new() { Decision = _draft, Sequence = 1, PreviousHash = new string('0', 64), Hash = new string('a', 64) };
}
