using System.IO.Compression;
using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.CostImport;

/// <summary>
/// Reads a FOCUS 1.0-1.3 cost export (docs/rules.md#cost-import): CSV, gzip-compressed CSV (as Azure Cost
/// Management and AWS Data Exports write them) or Parquet, told apart by their first bytes whatever the file is
/// called. Charges are streamed into the aggregator one by one, so no export is ever held whole.
/// </summary>
public static class FocusExportReader
{
    /// <summary>Streams every charge of <paramref name="export"/> into <paramref name="aggregator"/>.</summary>
    /// <param name="export">The export; must be seekable (Parquet keeps its schema at the end).</param>
    /// <param name="basis">Which cost column to read.</param>
    /// <param name="aggregator">Receives the charges, and the rows that cannot be read as problems.</param>
    /// <param name="fileLabel">The file name used in problems.</param>
    /// <exception cref="WorkbookValidationException">The file is empty, not CSV, gzip or Parquet, or lacks a column the import needs.</exception>
    public static async Task ReadAsync(Stream export, CostBasis basis, CostImportAggregator aggregator, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(aggregator);
        var head = new byte[4];
        var read = await export.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false);
        export.Seek(0, SeekOrigin.Begin);
        Action<Func<int, string?>, long> Start(IReadOnlyList<string?> header)
        {
            var parser = new FocusChargeParser(FocusColumns.Find(header, basis, fileLabel), aggregator);
            return (field, row) =>
            {
                if (parser.Parse(field, row) is { } charge)
                {
                    aggregator.Add(charge);
                }
            };
        }
        try
        {
            if (read == 4 && head.AsSpan().SequenceEqual("PAR1"u8))
            {
                await FocusParquetSource.ReadAsync(export, header =>
                {
                    var record = Start(header);
                    return (FocusColumns.Find(header, basis, fileLabel).Indexes, record);
                });
                return;
            }
            var header = read >= 2 && head[0] == 0x1F && head[1] == 0x8B
                ? ReadCsv(new GZipStream(export, CompressionMode.Decompress, leaveOpen: true), Start)
                : ReadCsv(export, Start);
            if (header is null)
            {
                throw Problem(fileLabel, "the file is empty: it holds no FOCUS header row");
            }
        }
        catch (InvalidDataException bad)
        {
            throw Problem(fileLabel, $"the file cannot be read as gzip: {bad.Message}");
        }
        catch (Exception bad) when (bad is IOException or FormatException
            || bad.GetType().Namespace is { } space && (space.StartsWith("Parquet", StringComparison.Ordinal) || space.StartsWith("CsvHelper", StringComparison.Ordinal)))
        {
            throw Problem(fileLabel, $"the file cannot be read as a FOCUS export: {bad.Message}");
        }
    }

    private static IReadOnlyList<string?>? ReadCsv(Stream stream, Func<IReadOnlyList<string?>, Action<Func<int, string?>, long>> start)
    {
        using (stream as GZipStream)
        {
            return FocusCsvSource.Read(stream, start);
        }
    }

    private static WorkbookValidationException Problem(string fileLabel, string message) =>
        new([new ValidationProblem(fileLabel, null, null, null, message)]);
}
