namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// A stored decision: the draft plus its place in the hash chain (docs/rules.md#decision-log).
/// <see cref="Hash"/> = lowercase hex SHA-256 over the entry's canonical JSON followed by <see cref="PreviousHash"/>.
/// </summary>
public sealed record DecisionEntry
{
    /// <summary>The decision as drafted.</summary>
    public required DecisionDraft Decision { get; init; }
    /// <summary>The position in the chain, starting at 1.</summary>
    public required long Sequence { get; init; }
    /// <summary>The previous entry's hash; 64 zeros for the first entry.</summary>
    public required string PreviousHash { get; init; }
    /// <summary>This entry's hash.</summary>
    public required string Hash { get; init; }
}
