using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// How <see cref="TableStorageDecisionLogStore"/> lays a decision log out in a table (docs/rules.md#decision-log: one chain
/// per workbook). One partition per workbook, keyed by <see cref="PartitionKeyFor"/>; in it:
/// <list type="bullet">
/// <item>entry rows <c>e-0000000000000000001</c> ... (<see cref="EntryRowKey"/>: "e-" + the sequence zero-padded to
/// 19 digits, so row key order is chain order) with the properties <see cref="EntryProperty"/> (the whole entry as
/// <c>DecisionLogEntryJson</c>), <see cref="DecisionIdProperty"/>, <see cref="SequenceProperty"/> and
/// <see cref="HashProperty"/>;</item>
/// <item>the head row <see cref="HeadRowKey"/> with the sequence and hash of the chain's last entry (no head row:
/// an empty chain);</item>
/// <item>the binding row <see cref="BindingRowKey"/> naming, in <see cref="WorkbookProperty"/>, the stored workbook
/// the partition's workbook id is bound to (docs/rules.md#workbook-binding);</item>
/// <item>one idempotency marker row per decision, <c>id-</c> + the escaped decision id (<see cref="MarkerRowKey"/>),
/// with the sequence of the entry that holds it; and one row per idempotency key, <c>k-</c> + the escaped key
/// (<see cref="KeyMarkerRowKey"/>), with the decision id and sequence it recorded.</item>
/// </list>
/// Entry rows sort before "head" and the markers ("e-" &lt; "h" &lt; "i"), so the entries are exactly the row keys in
/// [<see cref="EntryRowKeyFrom"/>, <see cref="EntryRowKeyTo"/>).
/// </summary>
public static class TableStorageDecisionLogStoreLayout
{
    /// <summary>The row key of the head entity.</summary>
    public const string HeadRowKey = "head";

    /// <summary>The row key of the binding entity ("binding" sorts before the entries, outside their range).</summary>
    public const string BindingRowKey = "binding";

    /// <summary>Binding property: the stored workbook (drive item, file name or full path) holding the id.</summary>
    public const string WorkbookProperty = "Workbook";

    /// <summary>The prefix of entry row keys; also the inclusive lower bound of the entries' range.</summary>
    public const string EntryRowKeyFrom = "e-";

    /// <summary>The exclusive upper bound of the entries' row key range ('~' sorts after every digit).</summary>
    public const string EntryRowKeyTo = "e-~";

    /// <summary>The prefix of idempotency marker row keys.</summary>
    public const string MarkerRowKeyPrefix = "id-";

    /// <summary>The prefix of idempotency key marker row keys ("k-" sorts after the entries, the head and "id-").</summary>
    public const string KeyMarkerRowKeyPrefix = "k-";

    /// <summary>The row key of an idempotency key's marker: "k-" + <see cref="EscapeKey"/> of the key.</summary>
    /// <exception cref="ArgumentException">The key is null or empty.</exception>
    public static string KeyMarkerRowKey(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        return KeyMarkerRowKeyPrefix + EscapeKey(idempotencyKey);
    }

    /// <summary>Entry property: the entry as one line of <c>DecisionLogEntryJson</c> (the only one read back).</summary>
    public const string EntryProperty = "Entry";

    /// <summary>Entry and marker property: the decision id, unescaped.</summary>
    public const string DecisionIdProperty = "DecisionId";

    /// <summary>Entry, head and marker property: a sequence as invariant decimal digits.</summary>
    public const string SequenceProperty = "Sequence";

    /// <summary>Entry and head property: a hash as 64 lowercase hex characters.</summary>
    public const string HashProperty = "Hash";

    /// <summary>The escape character of <see cref="EscapeKey"/>.</summary>
    public const char EscapeChar = '!';

    /// <summary>Escaped keys longer than this many characters are shortened with a hash (Table keys hold 1 KiB).</summary>
    public const int MaxEscapedLength = 255;

    private const int KeptPrefixLength = 180;

    /// <summary>
    /// The partition key of a workbook's chain: <see cref="EscapeKey"/> of its identity. Prefer the workbook's drive
    /// item id (stable across renames and moves) and fall back to its file name; case is kept, so "Portfolio.xlsx"
    /// and "portfolio.xlsx" are two chains.
    /// </summary>
    /// <param name="workbookIdentity">A drive item id or file name; not blank.</param>
    /// <returns>A key that Table Storage accepts, at most <see cref="MaxEscapedLength"/> characters.</returns>
    /// <exception cref="ArgumentException">The identity is null, empty or white space.</exception>
    public static string PartitionKeyFor(string workbookIdentity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbookIdentity);
        return EscapeKey(workbookIdentity);
    }

    /// <summary>The row key of entry <paramref name="sequence"/>: "e-" + 19 digits ("e-0000000000000000042").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sequence is below 1.</exception>
    public static string EntryRowKey(long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return EntryRowKeyFrom + sequence.ToString("D19", CultureInfo.InvariantCulture);
    }

    /// <summary>The row key of the idempotency marker of a decision: "id-" + <see cref="EscapeKey"/> of its id.</summary>
    /// <exception cref="ArgumentException">The id is null or empty.</exception>
    public static string MarkerRowKey(string decisionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(decisionId);
        return MarkerRowKeyPrefix + EscapeKey(decisionId);
    }

    /// <summary>
    /// Makes any text a valid Table key. Kept as is: every character but the ones below. Escaped as
    /// <see cref="EscapeChar"/> + two uppercase hex digits of the UTF-16 code unit: the characters Table keys forbid
    /// (/ \ # ? and control characters U+0000-U+001F, U+007F-U+009F), the escape character itself, and % ' + (legal,
    /// but mangled by some URL and OData layers on the way). An unpaired surrogate becomes "!u" + four hex digits.
    /// The mapping is injective ("!" only ever starts an escape). When the result would exceed
    /// <see cref="MaxEscapedLength"/>, the first 180-odd escaped characters are kept and "!h" + the SHA-256 (64 hex)
    /// of the original UTF-16 text is appended, so distinct long values stay distinct.
    /// </summary>
    /// <param name="value">Any text.</param>
    /// <returns>The escaped key.</returns>
    public static string EscapeKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length);
        var prefixLength = -1;
        for (var i = 0; i < value.Length; i++)
        {
            if (prefixLength < 0 && escaped.Length > KeptPrefixLength)
            {
                prefixLength = escaped.Length;
            }
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                escaped.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                escaped.Append(EscapeChar).Append('u').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (MustEscape(c))
            {
                escaped.Append(EscapeChar).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }
        if (escaped.Length <= MaxEscapedLength)
        {
            return escaped.ToString();
        }
        var digest = Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(value.AsSpan())));
        return escaped.ToString(0, prefixLength) + EscapeChar + "h" + digest;
    }

    /// <summary>
    /// The text <see cref="EscapeKey"/> made <paramref name="key"/> from, when it was not shortened with a hash; so
    /// keys of values up to about 80 characters (each escape takes 3) always come back.
    /// </summary>
    /// <param name="key">An escaped key.</param>
    /// <param name="value">The original text; null when false.</param>
    /// <returns>False for a shortened key or one no escaping produces (a bad escape, a forbidden character).</returns>
    public static bool TryUnescapeKey(string key, [NotNullWhen(true)] out string? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            var digits = key[i] != EscapeChar ? 0 : i + 1 < key.Length && key[i + 1] == 'u' ? 4 : 2;
            var start = i + 1 + (digits == 4 ? 1 : 0);
            if (digits == 0)
            {
                text.Append(key[i]);
            }
            else if (start + digits <= key.Length && int.TryParse(
                         key.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i = start + digits - 1;
            }
            else
            {
                value = null;
                return false;
            }
        }
        // Escaping is injective, so a key is one escaping produced exactly when escaping its decoding gives it back.
        var decoded = text.ToString();
        value = string.Equals(EscapeKey(decoded), key, StringComparison.Ordinal) ? decoded : null;
        return value is not null;
    }

    private static bool MustEscape(char c) =>
        char.IsControl(c) || c is '/' or '\\' or '#' or '?' or '%' or '\'' or '+' or EscapeChar;
}
