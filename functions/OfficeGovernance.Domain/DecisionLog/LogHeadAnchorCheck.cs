using System.Globalization;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// Holds a decision log to the heads the weekly run anchored outside it (docs/rules.md#decision-log, the anchor;
/// ADR 0033): the log is broken when it is shorter than an anchored head, or its entry at an anchored sequence has
/// another hash. Every anchored head of the workbook is checked; records naming another workbook are ignored; a head of
/// sequence 0 (an empty log anchored) holds for any log. Incremental, so verify checks it in the one pass over the log:
/// <see cref="Observe"/> each entry in chain order, then <see cref="Finish"/>. Pure.
/// </summary>
public sealed class LogHeadAnchorCheck
{
    /// <summary>The settings that configure an anchor store, named when none is.</summary>
    public const string Settings = "DecisionLog:AnchorContainerUri or DecisionLog:AnchorConnection";

    private readonly LogHeadAnchor[] _anchors;
    private readonly string? _store;
    private readonly Dictionary<long, string?> _seen = [];

    /// <summary>Creates the check of one workbook's log.</summary>
    /// <param name="workbookId">The key the heads were anchored under (<c>Settings.WorkbookId</c>, else the stored workbook's id).</param>
    /// <param name="anchors">The anchored heads read from the store (any order; other workbooks' are ignored).</param>
    /// <param name="store">The store in words (<see cref="ILogHeadAnchor.Store"/>); null when no anchor store is configured.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workbookId"/> or <paramref name="anchors"/> is null.</exception>
    public LogHeadAnchorCheck(string workbookId, IReadOnlyList<LogHeadAnchor> anchors, string? store)
    {
        ArgumentNullException.ThrowIfNull(workbookId);
        ArgumentNullException.ThrowIfNull(anchors);
        _store = store;
        _anchors = anchors.Where(a => string.Equals(a.WorkbookId, workbookId, StringComparison.Ordinal)).ToArray();
        foreach (var anchor in _anchors.Where(a => a.Head.Sequence > 0))
        {
            _seen[anchor.Head.Sequence] = null;
        }
    }

    /// <summary>No anchor store configured: <see cref="Finish"/> says the anchor was not checked.</summary>
    public static LogHeadAnchorCheck NotConfigured(string workbookId) => new(workbookId, [], null);

    /// <summary>Notes an entry of the log as it streams past (chain order); keeps only the hashes at anchored sequences.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public void Observe(DecisionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_seen.TryGetValue(entry.Sequence, out var hash) && hash is null)
        {
            _seen[entry.Sequence] = entry.Hash;
        }
    }

    /// <summary>The result once every entry was observed.</summary>
    /// <param name="lastSequence">The log's last sequence (0 for an empty log).</param>
    public LogHeadAnchorResult Finish(long lastSequence)
    {
        if (_store is null)
        {
            return new(false, true, null, null, $"The WORM anchor was not checked: no anchor store is configured ({Settings}).");
        }
        if (_anchors.Length == 0)
        {
            return new(false, true, null, null,
                $"The WORM anchor was not checked: {_store} holds no anchored head of this log yet (the weekly run anchors it).");
        }
        var broken = _anchors
            .Select(anchor => (Anchor: anchor, Has: Disagreement(anchor, lastSequence)))
            .Where(found => found.Has is not null)
            .OrderBy(found => found.Anchor.Head.Sequence).ThenBy(found => found.Anchor.AnchoredAt)
            .ToList();
        if (broken.Count == 0)
        {
            var latest = _anchors.MaxBy(a => (a.AnchoredAt, a.Head.Sequence))!;
            return new(true, true, null, null,
                $"Anchored head #{latest.Head.Sequence} of {Time(latest)} matches ({_anchors.Length} anchored head(s) in {_store} checked).");
        }
        var (first, has) = broken[0];
        var all = broken.Count > 1 ? $" ({broken.Count} of {_anchors.Length} anchored heads disagree)" : "";
        var message = first.Head.Sequence > lastSequence
            ? $"The decision log is shorter than its anchored head #{first.Head.Sequence} (hash {first.Head.Hash}, anchored " +
              $"{Time(first)} in {_store}): it has {has}; entries were cut off its end{all}."
            : $"Anchored head #{first.Head.Sequence} (hash {first.Head.Hash}, anchored {Time(first)} in {_store}) does not " +
              $"match: the log's entry {first.Head.Sequence} has {has}; the log was rewritten{all}.";
        return new(true, false, first, has, message);
    }

    private string? Disagreement(LogHeadAnchor anchor, long lastSequence)
    {
        if (anchor.Head.Sequence == 0)
        {
            return null;
        }
        if (anchor.Head.Sequence > lastSequence || _seen[anchor.Head.Sequence] is not { } hash)
        {
            return lastSequence switch
            {
                0 => "no entries",
                1 => "only 1 entry",
                _ => string.Create(CultureInfo.InvariantCulture, $"only {lastSequence} entries"),
            };
        }
        return string.Equals(hash, anchor.Head.Hash, StringComparison.OrdinalIgnoreCase) ? null : $"hash {hash}";
    }

    /// <summary>An anchor's UTC time as <c>2026-11-23T06:00:00Z</c>.</summary>
    private static string Time(LogHeadAnchor anchor) =>
        anchor.AnchoredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
