using System.Buffers;
using System.Xml;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Reads one large worksheet part on every core (docs/rules.md#performance; docs/adr-0017-sheet-read-in-pieces.md): as the
/// part inflates, it is cut before a <c>&lt;row</c> into pieces of about <c>pieceBytes</c>, and each piece is read as a
/// document of its own (the sheet's opening up to its <c>sheetData</c> element, the piece's bytes, the closing tags)
/// while the next one inflates. At most one piece per core, plus one, is held at a time.
/// <para>A cut can only be trusted when every piece is well-formed XML and the pieces' rows follow each other: a
/// <c>&lt;row</c> inside a comment, CDATA section or processing instruction leaves a piece unclosed, and a cut anywhere
/// but between two rows of <c>sheetData</c> leaves the closing tags unmatched; then, as for a part that is not
/// UTF-8, a DTD, rows out of order or a row longer than <see cref="MaxGrowth"/> pieces, the caller reads the part
/// again from its start in one piece, which finds the same cells or says precisely what is wrong with the part. So the
/// outcome is always that of the one-piece read.</para>
/// </summary>
internal static class WorksheetPieces
{
    /// <summary>How many times <c>pieceBytes</c> a piece may grow to hold one row before the part is read in one piece.</summary>
    public const int MaxGrowth = 16;

    /// <summary>Fills the grids of the tables on the sheet from its part, read in pieces.</summary>
    /// <param name="part">The worksheet part's stream (UTF-8, as Excel writes it); closed when done.</param>
    /// <param name="grids">The grids of the wanted tables on this sheet; rows of different pieces go to different slots.</param>
    /// <param name="sharedStrings">The shared string table, read-only.</param>
    /// <param name="pieceBytes">About how many bytes of XML each piece holds.</param>
    /// <returns>The problems of the cells, in sheet order; null when the part could not be cut or a cut did not fall
    /// between two rows, and then the grids are cleared and the part is to be read in one piece.</returns>
    /// <exception cref="InvalidDataException">The part cannot be inflated.</exception>
    public static async Task<List<ValidationProblem>?> TryCollectAsync(
        Stream part, IReadOnlyList<TableGrid> grids, IReadOnlyList<string> sharedStrings, int pieceBytes)
    {
        var reads = new List<Task<PieceRead>>();
        using var slots = new SemaphoreSlim(Environment.ProcessorCount + 1);
        try
        {
            await using (part)
            {
                await Cut(part, pieceBytes, slots, (opening, first, piece, length, last) =>
                    reads.Add(Task.Run(() => Read(opening, first, piece, length, last, grids, sharedStrings, slots))));
            }
            return Joined(await Task.WhenAll(reads));
        }
        catch (Exception exception)
        {
            // No piece may still be writing a grid once this returns, whatever ended the read.
            await Task.WhenAll(reads).ContinueWith(_ => { }, TaskScheduler.Default);
            if (exception is not (PieceCutException or XmlException or FormatException))
            {
                throw;
            }
            // Not lost: the one-piece read that follows finds the same cells, or meets the same fault and names it.
            foreach (var grid in grids)
            {
                grid.Clear();
            }
            return null;
        }
    }

    // Reads the part, handing each piece (the opening to put before it, its buffer, its length, whether it ends the
    // part) to the reader once a slot is free.
    private static async Task Cut(
        Stream part, int pieceBytes, SemaphoreSlim slots, Action<SheetOpening?, bool, byte[], int, bool> dispatch)
    {
        SheetOpening? opening = null;
        var buffer = ArrayPool<byte>.Shared.Rent(pieceBytes);
        var length = 0;
        try
        {
            while (true)
            {
                length += part.ReadAtLeast(buffer.AsSpan(length), buffer.Length - length, throwOnEndOfStream: false);
                var first = opening is null;
                if (length < buffer.Length)
                {
                    await slots.WaitAsync();
                    dispatch(opening, first, buffer, length, true);
                    buffer = null;
                    return;
                }
                opening ??= SheetOpening.Of(buffer.AsSpan(0, length));
                var cut = LastRowStart(buffer.AsSpan(0, length), opening.RowStart, first ? opening.Bytes.Length : 1);
                if (cut < 0)
                {
                    // One row longer than a piece: let the piece grow until it holds a cut, within a bound.
                    if (buffer.Length >= MaxGrowth * pieceBytes)
                    {
                        throw new PieceCutException($"a row of more than {buffer.Length} bytes");
                    }
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                    continue;
                }
                await slots.WaitAsync();
                var next = ArrayPool<byte>.Shared.Rent(Math.Max(pieceBytes, 2 * (length - cut)));
                buffer.AsSpan(cut, length - cut).CopyTo(next);
                dispatch(opening, first, buffer, cut, false);
                (buffer, length) = (next, length - cut);
            }
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static PieceRead Read(
        SheetOpening? opening, bool first, byte[] piece, int length, bool last, IReadOnlyList<TableGrid> grids,
        IReadOnlyList<string> sharedStrings, SemaphoreSlim slots)
    {
        try
        {
            // The first piece carries its own opening; every piece but the last lacks its closing tags.
            var stream = new ConcatenatedReadStream(
                first ? ReadOnlyMemory<byte>.Empty : opening!.Bytes, piece.AsMemory(0, length),
                last ? ReadOnlyMemory<byte>.Empty : opening!.Closing);
            var problems = new List<ValidationProblem>();
            var (firstRow, lastRow) = WorksheetCellCollector.Collect(stream, grids, sharedStrings, new SpreadsheetXml(), problems, continuation: !first);
            return new PieceRead(firstRow, lastRow, problems);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(piece);
            slots.Release();
        }
    }

    // The pieces' problems in order, once their rows are known not to overlap (so no two pieces wrote the same row).
    private static List<ValidationProblem> Joined(PieceRead[] pieces)
    {
        var problems = new List<ValidationProblem>();
        var previous = 0;
        foreach (var piece in pieces)
        {
            if (piece.FirstRow != 0)
            {
                if (piece.FirstRow <= previous)
                {
                    throw new PieceCutException($"row {piece.FirstRow} comes after row {previous}");
                }
                previous = piece.LastRow;
            }
            problems.AddRange(piece.Problems);
        }
        return problems;
    }

    // The last row start tag (its name followed by the end of the name), at or after from; -1 when there is none.
    private static int LastRowStart(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> rowStart, int from)
    {
        var end = bytes.Length;
        while (true)
        {
            var at = bytes[from..end].LastIndexOf(rowStart);
            if (at < 0)
            {
                return -1;
            }
            at += from;
            if (at + rowStart.Length < bytes.Length && SheetOpening.IsNameEnd(bytes[at + rowStart.Length]))
            {
                return at;
            }
            end = at;
        }
    }

    private sealed record PieceRead(int FirstRow, int LastRow, List<ValidationProblem> Problems);
}
