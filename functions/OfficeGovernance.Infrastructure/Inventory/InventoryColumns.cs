namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// A layout resolved against a header row: the 0-based column of each field (the first match when a header repeats,
/// so duplicate headers never break reading), and each column's header for issue reports.
/// </summary>
internal sealed class InventoryColumns
{
    private readonly int[] _columns;

    private InventoryColumns(InventoryLayout layout, int headerRow, IReadOnlyList<string> keys, IReadOnlyList<string> headers, int[] columns)
    {
        Layout = layout;
        HeaderRow = headerRow;
        Keys = keys;
        Headers = headers;
        _columns = columns;
    }

    /// <summary>The layout recognised.</summary>
    public InventoryLayout Layout { get; }

    /// <summary>The header's sheet row or CSV record number.</summary>
    public int HeaderRow { get; }

    /// <summary>Each column's normalised header key.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>Each column's header, trimmed with whitespace collapsed.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The field's column, or -1 when the file has none.</summary>
    public int this[InventoryField field] => _columns[(int)field];

    /// <summary>The header of a column, or its position when it has none.</summary>
    public string HeaderOf(int column) =>
        column < Headers.Count && Headers[column].Length > 0 ? Headers[column] : $"(column {column + 1})";

    /// <summary>
    /// The column right after <paramref name="column"/> when it holds the "if other, please explain" answer to it
    /// ("Other (Use Case Topic Area)", "Use Case Topic Area (If Other)", "If Other, please explain."), else -1.
    /// </summary>
    public int OtherExplanationAfter(int column)
    {
        if (column < 0 || column + 1 >= Keys.Count)
        {
            return -1;
        }
        var key = Keys[column + 1];
        return key.StartsWith("if other", StringComparison.Ordinal) || key.StartsWith("other (", StringComparison.Ordinal)
            || key.Contains("(if other)", StringComparison.Ordinal)
            ? column + 1
            : -1;
    }

    /// <summary>The layout's columns when the row holds all of its signature headers; null otherwise.</summary>
    public static InventoryColumns? TryMatch(InventoryLayout layout, InventorySourceRow row)
    {
        var keys = row.Cells.Select(c => InventoryText.HeaderKey(c.Text)).ToArray();
        if (layout.Signature.Any(s => Find(keys, [s]) < 0))
        {
            return null;
        }
        var columns = new int[Enum.GetValues<InventoryField>().Length];
        Array.Fill(columns, -1);
        foreach (var (field, alternatives) in layout.Headers)
        {
            columns[(int)field] = Find(keys, alternatives);
        }
        var headers = row.Cells.Select(c => InventoryText.Clean(c.Text) ?? string.Empty).ToArray();
        return new InventoryColumns(layout, row.SourceRow, keys, headers, columns);
    }

    private static int Find(string[] keys, string[] alternatives)
    {
        foreach (var alternative in alternatives)
        {
            var exact = Array.IndexOf(keys, alternative);
            if (exact >= 0)
            {
                return exact;
            }
        }
        foreach (var alternative in alternatives)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                if (StartsWithWords(keys[i], alternative))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private static bool StartsWithWords(string key, string prefix) =>
        key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal)
        && !char.IsLetterOrDigit(key[prefix.Length]) && key[prefix.Length] != '_';
}
