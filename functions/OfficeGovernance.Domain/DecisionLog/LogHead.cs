using System.Globalization;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The decision log's head: the sequence and hash of its last entry, stated in the weekly leadership digest as a
/// witness people keep outside the log (docs/rules.md#decision-log; issue 23): a log later found without that entry,
/// or with another hash at that sequence, was cut or rewritten.
/// </summary>
/// <param name="Sequence">The last entry's sequence; 0 for a log without entries.</param>
/// <param name="Hash">The last entry's hash (lowercase hex SHA-256); empty for a log without entries.</param>
public sealed record LogHead(long Sequence, string Hash)
{
    /// <summary>How many leading hex digits of the hash the witness shows (48 bits: enough to tell rewrites apart by eye).</summary>
    public const int ShortHashLength = 12;

    /// <summary>The head of <paramref name="log"/>, entries in log order.</summary>
    public static LogHead Of(IReadOnlyList<DecisionEntry> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return log.Count == 0 ? new LogHead(0, string.Empty) : new LogHead(log[^1].Sequence, log[^1].Hash);
    }

    /// <summary>"entry 42, hash 0a1b2c3d4e5f", or "its start (no entries yet)".</summary>
    public string Witness => Sequence == 0
        ? "its start (no entries yet)"
        : string.Create(CultureInfo.InvariantCulture, $"entry {Sequence}, hash {Hash[..Math.Min(ShortHashLength, Hash.Length)]}");
}
