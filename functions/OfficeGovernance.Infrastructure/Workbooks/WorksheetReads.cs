using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>One worksheet to read and the grids of the wanted tables on it.</summary>
/// <param name="Part">The worksheet part, as the SDK resolved it.</param>
/// <param name="Grids">The tables on that sheet whose ranges are valid.</param>
internal sealed record WorksheetRead(WorksheetPart Part, IReadOnlyList<TableGrid> Grids);

/// <summary>
/// Reads the worksheets that hold wanted tables (docs/rules.md#performance: at the speed of the XML). A large workbook's
/// sheets are read at the same time, one core each, every sheet through a zip reader of its own over the package's
/// bytes (the SDK's part streams share one archive and cannot be read from two threads), and a sheet of
/// <see cref="PieceBytes"/> twice over in pieces, on every core (<see cref="WorksheetPieces"/>); a small one, such as an
/// upload of the sample, is read sheet after sheet, where starting threads would cost more than it saves. Problems
/// come out in sheet order either way, and the first failure, in sheet order, is rethrown as it was thrown.
/// </summary>
internal static class WorksheetReads
{
    /// <summary>Packages smaller than this are read on one thread.</summary>
    public const int ParallelFromBytes = 1 << 20;

    /// <summary>About how many bytes of XML each piece of a large sheet holds (<see cref="WorksheetPieces"/>).</summary>
    public const int PieceBytes = 4 << 20;

    /// <summary>Fills every sheet's grids; problems are appended in sheet order.</summary>
    /// <param name="sheets">The sheets, in workbook order.</param>
    /// <param name="package">The whole .xlsx, for the zip readers of a parallel read.</param>
    /// <param name="sharedStrings">The shared string table, read-only.</param>
    /// <param name="problems">Where cell problems go.</param>
    /// <exception cref="System.Xml.XmlException">A part is not well-formed XML or holds a DTD.</exception>
    /// <exception cref="InvalidDataException">A compressed part cannot be inflated.</exception>
    /// <exception cref="FormatException">A row or cell position is not a number or an A1 reference.</exception>
    public static void Collect(
        IReadOnlyList<WorksheetRead> sheets, ReadOnlyMemory<byte> package, IReadOnlyList<string> sharedStrings,
        List<ValidationProblem> problems)
    {
        var entries = package.Length >= ParallelFromBytes && Environment.ProcessorCount > 1
            ? EntryNames(sheets, package)
            : null;
        if (entries is null)
        {
            var xml = new SpreadsheetXml();
            foreach (var sheet in sheets)
            {
                WorksheetCellCollector.Collect(sheet.Part.GetStream(FileMode.Open, FileAccess.Read), sheet.Grids, sharedStrings, xml, problems);
            }
            return;
        }

        var found = new List<ValidationProblem>[sheets.Count];
        var reads = sheets.Select((sheet, i) => Task.Run(async () =>
            found[i] = await ReadSheet(package, entries[i], sheet.Grids, sharedStrings))).ToArray();
        // Every read ends before any result is used: a failed sheet must not leave another still writing its grids.
        Task.WaitAny(Task.WhenAll(reads));
        foreach (var read in reads)
        {
            read.GetAwaiter().GetResult();
        }
        foreach (var list in found)
        {
            problems.AddRange(list);
        }
    }

    // One sheet through a zip reader of its own: in pieces on every core when it is large, else in one piece.
    private static async Task<List<ValidationProblem>> ReadSheet(
        ReadOnlyMemory<byte> package, string entryName, IReadOnlyList<TableGrid> grids, IReadOnlyList<string> sharedStrings)
    {
        using var archive = new ZipArchive(AsStream(package), ZipArchiveMode.Read);
        var entry = archive.GetEntry(entryName)
            ?? throw new InvalidDataException($"the part {entryName} is no longer in the package");
        if (entry.Length >= 2L * PieceBytes
            && await WorksheetPieces.TryCollectAsync(entry.Open(), grids, sharedStrings, PieceBytes) is { } inPieces)
        {
            return inPieces;
        }
        var found = new List<ValidationProblem>();
        WorksheetCellCollector.Collect(entry.Open(), grids, sharedStrings, new SpreadsheetXml(), found);
        return found;
    }

    // The zip entry of each sheet's part, or null when any cannot be matched (then the SDK's streams are used).
    private static string[]? EntryNames(IReadOnlyList<WorksheetRead> sheets, ReadOnlyMemory<byte> package)
    {
        using var archive = new ZipArchive(AsStream(package), ZipArchiveMode.Read);
        var names = sheets.Select(s => s.Part.Uri.OriginalString.TrimStart('/')).ToArray();
        return names.All(name => archive.GetEntry(name) is not null) ? names : null;
    }

    private static Stream AsStream(ReadOnlyMemory<byte> package) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(package, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(package.ToArray(), writable: false);
}
