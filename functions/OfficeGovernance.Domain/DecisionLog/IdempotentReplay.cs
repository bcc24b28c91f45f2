namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The rule for a write whose idempotency key is already stored (docs/rules.md#idempotent-writes): the same content returns the
/// first entry; other content is refused. "The same content" is the draft with the stored entry's decision id and
/// timestamp (which each attempt makes afresh): every field the caller sent, the approver included.
/// </summary>
public static class IdempotentReplay
{
    /// <summary>The stored entry when <paramref name="draft"/> repeats it.</summary>
    /// <exception cref="IdempotencyKeyConflictException">The content differs.</exception>
    public static DecisionEntry Resolve(DecisionDraft draft, DecisionEntry stored)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(stored);
        var repeated = draft with { DecisionId = stored.Decision.DecisionId, Timestamp = stored.Decision.Timestamp };
        return repeated == stored.Decision ? stored
            : throw new IdempotencyKeyConflictException(draft.IdempotencyKey ?? "", stored);
    }

    /// <summary>True when a returned entry is a replay of an earlier write rather than <paramref name="draft"/> itself.</summary>
    public static bool IsReplay(DecisionDraft draft, DecisionEntry returned) =>
        !string.Equals(draft?.DecisionId, returned?.Decision.DecisionId, StringComparison.Ordinal);
}
