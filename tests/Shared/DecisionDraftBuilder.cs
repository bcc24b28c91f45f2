// Shared by the Domain and Infrastructure test projects (linked into both), so the decision fixture is defined once.
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Tests.Shared;

internal sealed class DecisionDraftBuilder
{
    private DecisionDraft _draft = new()
    {
        DecisionId = "d-0001",
        Timestamp = new DateTimeOffset(2026, 11, 20, 9, 30, 15, TimeSpan.Zero).AddTicks(1234567),
        InitiativeId = "INIT-1",
        DecisionType = DecisionType.Overage,
        WhatChanged = "Approved overage for November",
        Why = "Seasonal volume",
        ApprovedBy = "cfo@example.com",
        RequestedBy = "alice@example.com",
        CostEffect = 250.50m,
        RiskEffect = RiskEffect.None,
        RiskNote = null,
        Amount = 1200m,
    };

    public DecisionDraftBuilder WithId(string id) { _draft = _draft with { DecisionId = id }; return this; }
    public DecisionDraftBuilder With(Func<DecisionDraft, DecisionDraft> change) { _draft = change(_draft); return this; }
    public DecisionDraft Build() => _draft;

    public static IReadOnlyList<DecisionEntry> Chain(int count)
    {
        var entries = new List<DecisionEntry>();
        for (var i = 1; i <= count; i++)
        {
            var draft = new DecisionDraftBuilder().WithId($"d-{i:0000}")
                .With(d => d with { Timestamp = d.Timestamp.AddMinutes(i) }).Build();
            entries.Add(DecisionChain.Next(draft, entries.Count == 0 ? null : entries[^1]));
        }
        return entries;
    }
}
