using System.Text;
using CsvHelper;

namespace OfficeGovernance.Infrastructure.CostImport;

/// <summary>
/// Streams the records of a FOCUS CSV export with CsvHelper (UTF-8, a byte order mark allowed; quoted cells with line
/// breaks kept), one record at a time: nothing but the current record is held.
/// </summary>
internal static class FocusCsvSource
{
    /// <summary>Reads the header, then hands each record, with its record number, to the callback <paramref name="start"/> returns (header = 1).</summary>
    /// <returns>The header, or null for an empty file.</returns>
    public static IReadOnlyList<string?>? Read(Stream stream, Func<IReadOnlyList<string?>, Action<Func<int, string?>, long>> start)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        };
        using var text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        using var reader = CsvReader.Create(text, options);
        if (!reader.Read())
        {
            return null;
        }
        var header = new string?[reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = reader.GetString(i);
        }
        var record = start(header);
        long number = 1;
        string? Field(int i) => i < reader.FieldCount ? reader.GetString(i) : null;
        while (reader.Read())
        {
            record(Field, ++number);
        }
        return header;
    }
}
