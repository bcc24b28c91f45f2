using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The hash chain of the decision log (docs/rules.md#decision-log): canonical JSON of a decision, its SHA-256 hash linked to
/// the previous entry's hash, appending at the head, and verifying a whole chain.
/// </summary>
public static class DecisionChain
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The UTC timestamp format of the canonical JSON (seven fraction digits, invariant culture).</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>
    /// The canonical JSON of a decision: one compact object with the properties in a fixed order (DecisionId,
    /// Timestamp as UTC <see cref="TimestampFormat"/>, InitiativeId, DecisionType label, WhatChanged, Why, ApprovedBy,
    /// RequestedBy, CostEffect, RiskEffect label, RiskNote, Amount, then Month as yyyy-mm, ApproverSource label and
    /// IdempotencyKey, each only when set). Absent optional values of the first twelve are JSON null; the later fields
    /// are left out when absent so that every entry logged before they existed still verifies unchanged.
    /// Money values are JSON strings from <see cref="CanonicalDecimal"/>, so 10 and 10.00 hash alike: the scale of
    /// a decimal is an artefact of how it was typed, not part of the decision.
    /// Strings are escaped by the default <see cref="System.Text.Encodings.Web.JavaScriptEncoder"/>, which is
    /// deterministic (non-ASCII and HTML-sensitive characters become \uXXXX escapes).
    /// </summary>
    /// <param name="draft">The decision.</param>
    /// <returns>The canonical JSON text.</returns>
    public static string CanonicalJson(DecisionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("DecisionId", draft.DecisionId);
            writer.WriteString("Timestamp", CanonicalTimestamp(draft.Timestamp));
            writer.WriteString("InitiativeId", draft.InitiativeId);
            writer.WriteString("DecisionType", EnumLabels<DecisionType>.Label(draft.DecisionType));
            writer.WriteString("WhatChanged", draft.WhatChanged);
            writer.WriteString("Why", draft.Why);
            writer.WriteString("ApprovedBy", draft.ApprovedBy);
            writer.WriteString("RequestedBy", draft.RequestedBy);
            writer.WriteString("CostEffect", CanonicalDecimal(draft.CostEffect));
            writer.WriteString("RiskEffect", EnumLabels<RiskEffect>.Label(draft.RiskEffect));
            writer.WriteString("RiskNote", draft.RiskNote);
            if (draft.Amount is { } amount)
            {
                writer.WriteString("Amount", CanonicalDecimal(amount));
            }
            else
            {
                writer.WriteNull("Amount");
            }
            if (draft.Month is { } month)
            {
                writer.WriteString("Month", Spend.OverageMonth.Format(month));
            }
            // Fields added later are hashed only when set, so every chain written before them verifies unchanged.
            if (draft.ApproverSource is { } source)
            {
                writer.WriteString("ApproverSource", EnumLabels<ApproverSource>.Label(source));
            }
            if (draft.IdempotencyKey is { } key)
            {
                writer.WriteString("IdempotencyKey", key);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// A decimal as invariant text without trailing fraction zeros or exponent ("10.00" reads "10", "-0.50" reads
    /// "-0.5", any zero reads "0").
    /// </summary>
    public static string CanonicalDecimal(decimal value)
    {
        if (value == 0m)
        {
            return "0";
        }
        return value.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>A timestamp converted to UTC in <see cref="TimestampFormat"/>.</summary>
    public static string CanonicalTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// Lowercase hex SHA-256 over the UTF-8 bytes of <see cref="CanonicalJson"/> followed by
    /// <paramref name="previousHash"/> (docs/rules.md#decision-log).
    /// </summary>
    /// <param name="draft">The decision.</param>
    /// <param name="previousHash">The previous entry's hash, or <see cref="Genesis"/>.</param>
    /// <returns>64 lowercase hex characters.</returns>
    public static string ComputeHash(DecisionDraft draft, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var bytes = Encoding.UTF8.GetBytes(CanonicalJson(draft) + previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>The entry that appends <paramref name="draft"/> after <paramref name="head"/> (null: an empty log).</summary>
    /// <param name="draft">The decision to append.</param>
    /// <param name="head">The current last entry; null when the log is empty.</param>
    /// <returns>The entry with sequence head + 1 (1 for the first) and its hashes.</returns>
    public static DecisionEntry Next(DecisionDraft draft, DecisionEntry? head)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var previousHash = head?.Hash ?? Genesis;
        return new DecisionEntry
        {
            Decision = draft,
            Sequence = (head?.Sequence ?? 0) + 1,
            PreviousHash = previousHash,
            Hash = ComputeHash(draft, previousHash),
        };
    }

    /// <summary>
    /// Checks a whole chain in order (<see cref="DecisionChainCheck"/>): entry i (0-based) must have sequence i + 1, the
    /// previous entry's hash (<see cref="Genesis"/> for the first), and the hash of its own contents. Names the first
    /// entry that fails.
    /// </summary>
    /// <param name="entries">The log as stored, in chain order.</param>
    /// <returns>The result; an empty log is intact.</returns>
    public static ChainVerification Verify(IReadOnlyList<DecisionEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var check = new DecisionChainCheck();
        foreach (var entry in entries)
        {
            check.Observe(entry);
        }
        return check.Finish();
    }
}
