namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>The result of <see cref="DecisionChain.Verify"/> (docs/rules.md#decision-log).</summary>
/// <param name="IsIntact">True when every entry checks out.</param>
/// <param name="EntryCount">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The stored sequence of the first broken entry; null when intact.</param>
/// <param name="FirstBrokenDecisionId">The decision id of the first broken entry; null when intact.</param>
/// <param name="Message">What was found, in words.</param>
/// <param name="Anchor">What the check against the WORM anchor found (<see cref="LogHeadAnchorCheck"/>): which anchored
/// head matched, or that the anchor was not checked and why; null where verify did not consult the anchor (a store's own check).</param>
public sealed record ChainVerification(
    bool IsIntact, int EntryCount, long? FirstBrokenSequence, string? FirstBrokenDecisionId, string Message, string? Anchor = null);
