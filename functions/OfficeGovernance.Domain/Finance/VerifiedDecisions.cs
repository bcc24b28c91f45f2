using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// Splits a decision log into the entries its hash chain vouches for and the rest (docs/rules.md#finance-report): the
/// entries before the first broken one are verified; the first broken entry and all after it are not.
/// </summary>
public static class VerifiedDecisions
{
    /// <summary>The verified prefix of <paramref name="entries"/> and a status saying what was verified.</summary>
    /// <param name="entries">The log as read, in chain order.</param>
    /// <param name="verification">The store's verification of that log (which may also check the chain's head).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyList<DecisionEntry> Verified, DecisionLogStatus Status) Split(
        IReadOnlyList<DecisionEntry> entries, ChainVerification verification)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(verification);
        if (verification.IsIntact)
        {
            return (entries, new DecisionLogStatus(true, entries.Count, entries.Count, verification.Message));
        }
        // Without a named first broken entry nothing can be vouched for.
        var firstBroken = verification.FirstBrokenSequence ?? 0;
        var verified = entries.TakeWhile((e, i) => e.Sequence == i + 1 && e.Sequence < firstBroken).ToArray();
        return (verified, new DecisionLogStatus(false, entries.Count, verified.Length, verification.Message));
    }
}
