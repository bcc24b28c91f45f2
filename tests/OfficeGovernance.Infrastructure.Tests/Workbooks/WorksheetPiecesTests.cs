using System.Text;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>
/// A sheet read in pieces finds exactly what the one-piece read finds, every value and every problem in order, for
/// sheets spelt as Excel writes them and as the Open XML SDK does; and where a cut cannot be trusted, the pieces give
/// up with the grids cleared, so that the caller's one-piece read is the only outcome.
/// </summary>
public sealed class WorksheetPiecesTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly string[] SharedStrings = ["Alpha", "Beta", "Gamma"];

    public static TheoryData<string, int> Cuts => new()
    {
        { "", 256 }, { "", 333 }, { "", 1000 }, { "", 4096 }, { "x:", 257 }, { "x:", 400 }, { "x:", 4096 },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public async Task TryCollectAsync_SheetCutIntoPieces_FindsWhatOnePieceFinds(string prefix, int pieceBytes)
    {
        var sheet = new SheetXml(prefix).Rows(1, 400).Merge("A390:B391").ToBytes();
        var (expected, expectedProblems) = OnePiece(sheet);

        var grids = Grids();
        var problems = await WorksheetPieces.TryCollectAsync(new MemoryStream(sheet), grids, SharedStrings, pieceBytes);

        Assert.NotNull(problems);
        Assert.Equal(expectedProblems, problems.Select(p => p.ToString()));
        Assert.Equal(expected, Contents(grids));
        Assert.Contains(problems, p => p.ToString().Contains("'bad 7'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.ToString().Contains("shared string 9", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryCollectAsync_RowLongerThanAPiece_GrowsThePieceToHoldIt()
    {
        var sheet = new SheetXml("").Rows(1, 50).LongRow(51, cells: 200).Rows(52, 100).ToBytes();
        var (expected, expectedProblems) = OnePiece(sheet);

        var grids = Grids();
        var problems = await WorksheetPieces.TryCollectAsync(new MemoryStream(sheet), grids, SharedStrings, 1024);

        Assert.NotNull(problems);
        Assert.Equal(expectedProblems, problems.Select(p => p.ToString()));
        Assert.Equal(expected, Contents(grids));
    }

    public static TheoryData<string, byte[]> Untrusted => new()
    {
        { "rows inside a comment", new SheetXml("").Rows(1, 100).Comment(101, 300).Rows(301, 400).ToBytes() },
        { "rows inside CDATA", new SheetXml("").Rows(1, 100).CData(101, 300).Rows(301, 400).ToBytes() },
        { "rows without a position", new SheetXml("").Rows(1, 1).Rows(2, 400, positions: false).ToBytes() },
        { "rows out of order", new SheetXml("").Rows(201, 400).Rows(1, 200).ToBytes() },
        { "a DTD", new SheetXml("", doctype: "<!DOCTYPE worksheet [<!ENTITY e \"x\">]>").Rows(1, 400).ToBytes() },
        { "UTF-16", new SheetXml("").Rows(1, 400).ToBytes(Encoding.Unicode) },
        { "a row too long to hold", new SheetXml("").Rows(1, 10).LongRow(11, cells: 2000).ToBytes() },
        { "no sheetData in the first piece", new SheetXml("", columns: 200).Rows(1, 400).ToBytes() },
        { "an empty sheetData", Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{Main}\"><sheetData/>{new string(' ', 5000)}</worksheet>") },
    };

    [Theory]
    [MemberData(nameof(Untrusted))]
    public async Task TryCollectAsync_CutCannotBeTrusted_ReturnsNullWithTheGridsCleared(string sheetHas, byte[] sheet)
    {
        var grids = Grids();

        var problems = await WorksheetPieces.TryCollectAsync(new MemoryStream(sheet), grids, SharedStrings, 512);

        Assert.True(problems is null, $"a sheet with {sheetHas} was read in pieces");
        Assert.Equal(Contents(Grids()), Contents(grids));
    }

    [Fact]
    public async Task TryCollectAsync_PartThatCannotBeInflated_ThrowsWhatTheStreamThrew()
    {
        var sheet = new SheetXml("").Rows(1, 400).ToBytes();

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            WorksheetPieces.TryCollectAsync(new FailingStream(sheet, failAt: 3000), Grids(), SharedStrings, 512));
    }

    private static (List<string> Contents, List<string> Problems) OnePiece(byte[] sheet)
    {
        var grids = Grids();
        var problems = new List<ValidationProblem>();
        WorksheetCellCollector.Collect(new MemoryStream(sheet), grids, SharedStrings, new SpreadsheetXml(), problems);
        Assert.NotEmpty(problems);
        return (Contents(grids), problems.Select(p => p.ToString()).ToList());
    }

    // Two tables side by side, so that the rows of a piece go to both.
    private static TableGrid[] Grids() =>
    [
        new("Left", "Sheet1", new CellRange(1, 1, 2, 450), true, 0, ["Name", "Value"]),
        new("Right", "Sheet1", new CellRange(4, 1, 5, 450), true, 0, ["Label", "Amount"]),
    ];

    private static List<string> Contents(IEnumerable<TableGrid> grids) =>
        grids.Select(g => g.ToTableData())
            .SelectMany(t => t.Headers.Select(h => $"{t.Name} header {h}")
                .Concat(t.Rows.Select(r => $"{t.Name} {r.SheetRow}: {string.Join(" | ", r.Cells)}")))
            .ToList();

    // A worksheet part written row by row, with a few cells that make problems.
    private sealed class SheetXml(string prefix, string doctype = "", int columns = 0)
    {
        private readonly StringBuilder _rows = new();
        private string _merge = string.Empty;

        public SheetXml Rows(int first, int last, bool positions = true)
        {
            for (var row = first; row <= last; row++)
            {
                _rows.Append(Row(row, positions));
            }
            return this;
        }

        public SheetXml LongRow(int row, int cells)
        {
            _rows.Append($"<{prefix}row r=\"{row}\">");
            for (var i = 0; i < cells; i++)
            {
                _rows.Append($"<{prefix}c r=\"{CellAddress.ColumnLetters(i + 1)}{row}\"><{prefix}v>{i}.5</{prefix}v></{prefix}c>");
            }
            _rows.Append($"</{prefix}row>");
            return this;
        }

        public SheetXml Comment(int first, int last) => Wrapped("<!--", first, last, "-->");

        public SheetXml CData(int first, int last) => Wrapped("<![CDATA[", first, last, "]]>");

        public SheetXml Merge(string reference)
        {
            _merge = $"<{prefix}mergeCells count=\"1\"><{prefix}mergeCell ref=\"{reference}\"/></{prefix}mergeCells>";
            return this;
        }

        public byte[] ToBytes(Encoding? encoding = null)
        {
            var root = prefix.Length == 0 ? $"<worksheet xmlns=\"{Main}\">" : $"<{prefix}worksheet xmlns:{prefix[..^1]}=\"{Main}\">";
            var cols = string.Concat(Enumerable.Range(1, columns).Select(c => $"<{prefix}col min=\"{c}\" max=\"{c}\" width=\"12.5\"/>"));
            var text = $"<?xml version=\"1.0\" encoding=\"{(encoding ?? Encoding.UTF8).WebName}\" standalone=\"yes\"?>{doctype}{root}"
                + $"<{prefix}dimension ref=\"A1:E450\"/>{(columns > 0 ? $"<{prefix}cols>{cols}</{prefix}cols>" : "")}"
                + $"<{prefix}sheetData>{_rows}</{prefix}sheetData>{_merge}</{prefix}worksheet>";
            return (encoding ?? new UTF8Encoding(false)).GetBytes(text);
        }

        private SheetXml Wrapped(string open, int first, int last, string close)
        {
            _rows.Append(open);
            Rows(first, last);
            _rows.Append(close);
            return this;
        }

        private string Row(int row, bool positions)
        {
            string Cell(string column, string type, string value) =>
                $"<{prefix}c{(positions ? $" r=\"{column}{row}\"" : "")}{type}><{prefix}v>{value}</{prefix}v></{prefix}c>";
            if (row == 1)
            {
                return $"<{prefix}row r=\"1\">{Cell("A", " t=\"str\"", "Name")}{Cell("B", " t=\"str\"", "Value")}"
                    + $"<{prefix}c r=\"C1\"/>{Cell("D", " t=\"str\"", "Label")}{Cell("E", " t=\"str\"", "Amount")}</{prefix}row>";
            }
            var value = row % 97 == 7 ? "bad 7" : (row * 1.25).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var shared = row % 113 == 5 ? "9" : (row % 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var inline = $"<{prefix}c{(positions ? $" r=\"D{row}\"" : "")} t=\"inlineStr\"><{prefix}is><{prefix}t>label {row} &amp; co</{prefix}t></{prefix}is></{prefix}c>";
            var cells = $"{Cell("A", " t=\"s\"", shared)}{Cell("B", "", value)}"
                + (positions ? "" : Cell("C", "", "0")) + $"{inline}{Cell("E", "", row.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            return $"<{prefix}row{(positions ? $" r=\"{row}\"" : "")} spans=\"1:5\">{cells}</{prefix}row>";
        }
    }

    // A part whose inflation fails part-way, as a corrupted zip entry's does.
    private sealed class FailingStream(byte[] bytes, int failAt) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position + count > failAt)
            {
                throw new InvalidDataException("the compressed data is corrupt");
            }
            return base.Read(buffer, offset, count);
        }
    }
}
