using System.Globalization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The workbook's DecisionLog copy compared with the log as its entries stream past (docs/rules.md#decision-log): the
/// copy is bounded by the workbook, so its rows are indexed by decision id and only the sequence and hash of the
/// entries they name are kept; the log itself is never held. <see cref="Problems"/> then names every row whose
/// decision the log lacks or holds as another entry or with another hash. The rule and its messages are
/// <see cref="DecisionLogCoverage"/>'s, which uses this check. Pure.
/// </summary>
public sealed class DecisionLogCopyCheck
{
    private readonly IReadOnlyList<DecisionLogTableRow> _rows;
    private readonly string _logLocation;
    private readonly Dictionary<string, (long Sequence, string Hash)?> _seen = new(StringComparer.Ordinal);
    private int _entries;

    /// <summary>Creates the check of one workbook's copy.</summary>
    /// <param name="tableRows">The workbook's DecisionLog table rows, in chain order (none when it has no such table).</param>
    /// <param name="logLocation">Where the log was read, quoted in the problems.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DecisionLogCopyCheck(IReadOnlyList<DecisionLogTableRow> tableRows, string logLocation)
    {
        ArgumentNullException.ThrowIfNull(tableRows);
        ArgumentNullException.ThrowIfNull(logLocation);
        _rows = tableRows;
        _logLocation = logLocation;
        foreach (var row in tableRows)
        {
            _seen.TryAdd(row.DecisionId, null);
        }
    }

    /// <summary>How many entries were observed.</summary>
    public int EntryCount => _entries;

    /// <summary>Notes an entry as it streams past; the first entry of a decision id is the one compared.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public void Observe(DecisionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries++;
        var id = entry.Decision.DecisionId.Trim();
        if (_seen.TryGetValue(id, out var seen) && seen is null)
        {
            _seen[id] = (entry.Sequence, entry.Hash);
        }
    }

    /// <summary>
    /// One problem per row whose decision was not observed, or was observed with another sequence or hash than the row
    /// records, in row order (chain order, so the first is the first difference); empty when all match. Entries after
    /// the table's last row (decisions since the last write) are fine.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Problems()
    {
        var problems = new List<ValidationProblem>();
        foreach (var row in _rows)
        {
            var message = _seen[row.DecisionId] is not { } entry
                ? $"decision {row.DecisionId} is in the workbook's DecisionLog table but not in the decision log {_logLocation} " +
                  $"({_entries} entries); was the workbook copied or renamed without its log, is --decision-log wrong, " +
                  "or was the log cut short?"
                : Difference(row, entry) is { } difference
                    ? $"decision {row.DecisionId} is entry {row.Sequence?.ToString(CultureInfo.InvariantCulture) ?? "?"} " +
                      $"with hash {row.Hash ?? "?"} in the workbook's DecisionLog table, but the decision log {_logLocation} " +
                      $"holds it {difference}: the log was rewritten since the workbook saw it"
                    : null;
            if (message is not null)
            {
                problems.Add(new ValidationProblem(SystemTables.DecisionLogName, "DecisionId", row.Row, row.Cell, message));
            }
        }
        return problems;
    }

    private static string? Difference(DecisionLogTableRow row, (long Sequence, string Hash) entry) =>
        row.Sequence is { } sequence && sequence != entry.Sequence ? $"as entry {entry.Sequence}"
        : row.Hash is { } hash && !string.Equals(hash, entry.Hash, StringComparison.OrdinalIgnoreCase) ? $"with hash {entry.Hash}"
        : null;
}
