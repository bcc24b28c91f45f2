using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Reads an AI use case inventory (docs/rules.md#inventory-import; the classify and import-inventory verbs, docs/rules.md#command-line):
/// CSV or XLSX, told apart by content (a zip package is an XLSX), in any of the known schemas, recognised by the
/// headers (trimmed, whitespace collapsed, case-insensitive) among the first rows, never by the file name. Values are
/// normalised into <see cref="InventoryUseCase"/> records; every value rejected or repaired and every row skipped is
/// reported with its row and column. Exact duplicate rows are skipped on the later row.
/// </summary>
public sealed class InventoryReader
{
    private const int HeaderSearchRows = 10;
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Reads the inventory file at a path (opened read-only and shared).</summary>
    /// <param name="path">A CSV or XLSX inventory.</param>
    /// <returns>The schema, the use cases in source order, and the issues in source order.</returns>
    /// <exception cref="InventoryFormatException">The file is not an inventory of a known schema, or not a readable XLSX.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public InventoryReadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads an inventory from a stream (read to its end; left open).</summary>
    /// <param name="source">The file's bytes.</param>
    /// <param name="fileLabel">The file name used in error messages.</param>
    /// <returns>The schema, the use cases in source order, and the issues in source order.</returns>
    /// <exception cref="InventoryFormatException">The file is not an inventory of a known schema, or not a readable XLSX.</exception>
    public InventoryReadResult Read(Stream source, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileLabel);
        var bytes = ReadAll(source);
        var issues = new List<InventoryIssue>();
        var rows = LoadRows(bytes, fileLabel, issues);
        var columns = FindHeader(rows, fileLabel);
        var useCases = MapRows(rows, columns, issues);
        var ordered = issues.OrderBy(i => i.SourceRow).ToList();
        return new InventoryReadResult(columns.Layout.Schema, useCases, ordered);
    }

    private static IReadOnlyList<InventorySourceRow> LoadRows(byte[] bytes, string fileLabel, List<InventoryIssue> issues)
    {
        if (bytes.AsSpan().StartsWith(OleSignature))
        {
            throw new InventoryFormatException(
                $"{fileLabel}: the file is encrypted or a legacy .xls workbook; expected an inventory as CSV or an unencrypted .xlsx");
        }
        if (bytes is [0x50, 0x4B, ..])
        {
            return XlsxInventorySource.Read(bytes, fileLabel);
        }
        var quoting = new List<CsvQuotingProblem>();
        var rows = CsvInventorySource.Read(bytes, quoting);
        issues.AddRange(quoting.Select(q => new InventoryIssue(
            q.SourceRow, InventoryRowMapper.WholeRow, q.RawRecord, InventoryIssueAction.Repaired,
            "the record breaks the CSV quoting rules; it is read as recovered (stray quotes kept as text)")));
        return rows;
    }

    private static InventoryColumns FindHeader(IReadOnlyList<InventorySourceRow> rows, string fileLabel)
    {
        foreach (var row in rows.Take(HeaderSearchRows))
        {
            foreach (var layout in InventoryLayouts.All)
            {
                if (InventoryColumns.TryMatch(layout, row) is { } columns)
                {
                    return columns;
                }
            }
        }
        var expected = string.Join("; ", InventoryLayouts.All.Select(l => $"{l.Description}: \"{string.Join("\", \"", l.Signature)}\""));
        throw new InventoryFormatException(
            $"{fileLabel}: not an AI use case inventory of a known format; none of the first {HeaderSearchRows} rows holds the headers of one ({expected})");
    }

    private static List<InventoryUseCase> MapRows(IReadOnlyList<InventorySourceRow> rows, InventoryColumns columns, List<InventoryIssue> issues)
    {
        var mapper = new InventoryRowMapper(columns, issues);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var useCases = new List<InventoryUseCase>(rows.Count);
        foreach (var source in rows)
        {
            if (source.SourceRow <= columns.HeaderRow || IsBlank(source))
            {
                continue;
            }
            var key = string.Join('\u001F', source.Cells.Select(c => c.Text)).TrimEnd('\u001F');
            if (!seen.TryAdd(key, source.SourceRow))
            {
                issues.Add(new InventoryIssue(source.SourceRow, InventoryRowMapper.WholeRow, string.Empty, InventoryIssueAction.Skipped,
                    $"an exact duplicate of row {seen[key]}"));
                continue;
            }
            var row = columns.Layout.Schema == InventorySchema.Dhs2024 ? DhsColumnShift.Repair(columns, source, issues) : source;
            ReportExtraCells(row, columns, issues);
            if (mapper.Map(row) is { } useCase)
            {
                useCases.Add(useCase);
            }
        }
        return useCases;
    }

    private static void ReportExtraCells(InventorySourceRow row, InventoryColumns columns, List<InventoryIssue> issues)
    {
        for (var column = columns.Headers.Count; column < row.Cells.Length; column++)
        {
            if (InventoryText.Clean(row.Cells[column].Text) is not null)
            {
                issues.Add(new InventoryIssue(row.SourceRow, $"(column {column + 1})", row.Cells[column].Text, InventoryIssueAction.Rejected,
                    "a value beyond the last header column; it is not read"));
            }
        }
    }

    private static bool IsBlank(InventorySourceRow row) =>
        Array.TrueForAll(row.Cells, c => !c.IsError && InventoryText.Clean(c.Text) is null);

    private static byte[] ReadAll(Stream source)
    {
        if (source is MemoryStream memory && memory.Position == 0 && memory.TryGetBuffer(out var buffer)
            && buffer.Offset == 0 && buffer.Count == buffer.Array!.Length)
        {
            return buffer.Array;
        }
        using var copy = new MemoryStream();
        source.CopyTo(copy);
        return copy.ToArray();
    }
}
