using Azure;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>The head entity as read: the last entry's sequence and hash, and the ETag that guards moving it.</summary>
/// <param name="Sequence">The sequence of the chain's last entry (1 or more).</param>
/// <param name="Hash">The hash of the chain's last entry.</param>
/// <param name="ETag">The head entity's ETag.</param>
internal sealed record TableStorageDecisionLogStoreHead(long Sequence, string Hash, ETag ETag);
