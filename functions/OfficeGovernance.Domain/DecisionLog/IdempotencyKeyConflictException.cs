namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// An idempotency key was sent again with other content than the decision it first recorded (docs/rules.md#idempotent-writes):
/// refused (409 over HTTP, exit 2 on the CLI), nothing written.
/// </summary>
/// <param name="key">The key.</param>
/// <param name="stored">The entry the key first recorded.</param>
public sealed class IdempotencyKeyConflictException(string key, DecisionEntry stored)
    : Exception($"Idempotency key '{key}' already recorded decision {stored.Decision.DecisionId} (entry {stored.Sequence}) " +
                "with other content; nothing was written. Send a new key for a new decision.")
{
    /// <summary>The entry the key first recorded.</summary>
    public DecisionEntry Stored { get; } = stored;
}
