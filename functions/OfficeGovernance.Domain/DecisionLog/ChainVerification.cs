namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>The result of <see cref="DecisionChain.Verify"/> (docs/rules.md#decision-log).</summary>
/// <param name="IsIntact">True when every entry checks out.</param>
/// <param name="EntryCount">How many entries were checked.</param>
/// <param name="FirstBrokenSequence">The stored sequence of the first broken entry; null when intact.</param>
/// <param name="FirstBrokenDecisionId">The decision id of the first broken entry; null when intact.</param>
/// <param name="Message">What was found, in words.</param>
public sealed record ChainVerification(
    bool IsIntact, int EntryCount, long? FirstBrokenSequence, string? FirstBrokenDecisionId, string Message);
