using System.Security.Cryptography;
using System.Text;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// How the weekly status records lie in their table (default "WeeklyStatus"; docs/rules.md#weekly-status). One
/// partition per workbook (<see cref="TableStorageDecisionLogStoreLayout.PartitionKeyFor"/> of its identity); in it:
/// <list type="bullet">
/// <item>one send row per ISO week and message key, <c>sent-2026-W47-owner:ann@x.org</c> (<see cref="SentRowKey"/>),
/// written Pending before the send and replaced by Sent after it (<see cref="TableStorageStatusOutbox"/>);</item>
/// <item>one review row per ISO week, <c>review-2026-W47</c> (<see cref="ReviewRowKey"/>), holding that week's
/// verdicts (<see cref="TableStorageReviewSnapshotStore"/>).</item>
/// </list>
/// ISO week text is zero-padded ("2026-W07"), so row key order is week order.
/// </summary>
public static class WeeklyStatusTableLayout
{
    /// <summary>The table used when none is given.</summary>
    public const string DefaultTableName = "WeeklyStatus";

    /// <summary>The prefix of send rows.</summary>
    public const string SentRowKeyPrefix = "sent-";

    /// <summary>The prefix of review rows; also the inclusive lower bound of their range.</summary>
    public const string ReviewRowKeyPrefix = "review-";

    /// <summary>The row key of a message's send record: "sent-" + week + "-" + the escaped, lowercased key (keys are
    /// case-insensitive, as in the .eml outbox).</summary>
    /// <exception cref="ArgumentException">The key is null or empty.</exception>
    public static string SentRowKey(IsoWeek week, string messageKey)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentException.ThrowIfNullOrEmpty(messageKey);
        return SentRowKeyPrefix + week + "-" + TableStorageDecisionLogStoreLayout.EscapeKey(messageKey.ToLowerInvariant());
    }

    /// <summary>The row key of a week's verdicts, such as "review-2026-W47".</summary>
    public static string ReviewRowKey(IsoWeek week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return ReviewRowKeyPrefix + week;
    }

    /// <summary>
    /// The stable send id of a message: the first 32 lowercase hex digits of SHA-256 over
    /// "workbookIdentity|week|lowercased key" (UTF-8). The same message of the same workbook and week always gets the
    /// same id, so a rerun can find it in Sent Items by its Message-ID.
    /// </summary>
    /// <exception cref="ArgumentException">The identity is blank or the key empty.</exception>
    public static string SendId(string workbookIdentity, IsoWeek week, string messageKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbookIdentity);
        ArgumentNullException.ThrowIfNull(week);
        ArgumentException.ThrowIfNullOrEmpty(messageKey);
        var text = workbookIdentity + "|" + week + "|" + messageKey.ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
