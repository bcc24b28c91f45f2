using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Reads a CSV inventory into raw records with CsvHelper. The encoding is detected from the bytes: a UTF-8 or UTF-16
/// byte order mark, else valid UTF-8, else Windows-1252 (the 2024 OMB file). Line breaks inside quoted cells are
/// kept; headers are not interpreted here, so duplicate headers cannot break reading.
/// </summary>
internal static class CsvInventorySource
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Every non-blank record, numbered from 1; malformed quoting is read as written and reported.</summary>
    public static IReadOnlyList<InventorySourceRow> Read(byte[] bytes, List<CsvQuotingProblem> quotingProblems)
    {
        var (encoding, preamble) = DetectEncoding(bytes);
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = record => quotingProblems.Add(new CsvQuotingProblem((int)record.RecordNumber, record.RawRecord)),
        };
        using var reader = encoding is UTF8Encoding
            ? CsvReader.Create(bytes.AsMemory(preamble), options)
            : CsvReader.Create(new StringReader(encoding.GetString(bytes, preamble, bytes.Length - preamble)), options);
        var rows = new List<InventorySourceRow>();
        while (reader.Read())
        {
            var cells = new InventoryCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new InventoryCell(reader.GetString(i));
            }
            rows.Add(new InventorySourceRow(rows.Count + 1, cells));
        }
        return rows;
    }

    /// <summary>The text encoding and the length of its byte order mark.</summary>
    public static (Encoding Encoding, int PreambleLength) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }
        return Utf8.IsValid(bytes) ? (new UTF8Encoding(false), 0) : (Windows1252.Value, 0);
    }
}

/// <summary>A record whose quoting CsvHelper found malformed; it is kept as CsvHelper recovered it.</summary>
/// <param name="SourceRow">The record number.</param>
/// <param name="RawRecord">The record as it appears in the input.</param>
internal sealed record CsvQuotingProblem(int SourceRow, string RawRecord);
