using System.Runtime.ExceptionServices;

namespace OfficeGovernance.Domain;

/// <summary>
/// Runs independent pieces of pure work on every core (docs/rules.md#performance: the review of a large portfolio within
/// 1.5x the XML floor) while keeping the outcome that of running them in order: each piece writes only its own slot,
/// and when pieces fail, the failure of the first in order is rethrown as it was thrown, never an
/// <see cref="AggregateException"/>. Every piece has ended when this returns or throws.
/// </summary>
internal static class EveryCore
{
    /// <summary>Runs <paramref name="work"/> for 0 to <paramref name="count"/> - 1.</summary>
    /// <exception cref="Exception">Whatever the lowest-numbered failing piece threw.</exception>
    public static void For(int count, Action<int> work)
    {
        var failures = new ExceptionDispatchInfo?[count];
        Parallel.For(0, count, i =>
        {
            try
            {
                work(i);
            }
            catch (Exception exception)
            {
                failures[i] = ExceptionDispatchInfo.Capture(exception);
            }
        });
        Array.Find(failures, f => f is not null)?.Throw();
    }
}
