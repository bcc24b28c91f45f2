using System.Text;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// The start of a worksheet part up to and including its <c>sheetData</c> start tag, as <see cref="WorksheetPieces"/>
/// puts it before every piece after the first, with the names the part spells its elements with: Excel writes them
/// without a prefix (<c>&lt;row</c>), the Open XML SDK with one (<c>&lt;x:row</c>).
/// </summary>
internal sealed class SheetOpening
{
    private SheetOpening(byte[] bytes, byte[] rowStart, byte[] closing)
    {
        Bytes = bytes;
        RowStart = rowStart;
        Closing = closing;
    }

    /// <summary>The part's bytes from its first up to the end of the <c>sheetData</c> start tag.</summary>
    public byte[] Bytes { get; }

    /// <summary>How a row's start tag begins in this part, e.g. <c>&lt;row</c> or <c>&lt;x:row</c>.</summary>
    public byte[] RowStart { get; }

    /// <summary>The end tags of <c>sheetData</c> and of the root element, which close every piece but the last.</summary>
    public byte[] Closing { get; }

    /// <summary>Finds the opening in the first bytes of a part.</summary>
    /// <param name="start">The part's first bytes, UTF-8.</param>
    /// <exception cref="PieceCutException">No root element or no non-empty <c>sheetData</c> start tag with the root's prefix is in these bytes.</exception>
    public static SheetOpening Of(ReadOnlySpan<byte> start)
    {
        var root = RootName(start);
        var colon = root.IndexOf(':');
        var prefix = colon < 0 ? string.Empty : root[..(colon + 1)];
        var sheetData = Encoding.UTF8.GetBytes($"<{prefix}sheetData");
        var at = start.IndexOf(sheetData);
        if (at < 0 || at + sheetData.Length >= start.Length || !IsNameEnd(start[at + sheetData.Length]))
        {
            throw new PieceCutException($"no <{prefix}sheetData> start tag in the sheet's first bytes");
        }
        var end = start[at..].IndexOf((byte)'>');
        if (end < 0 || start[at + end - 1] == (byte)'/')
        {
            throw new PieceCutException("the sheet's sheetData element is empty or its start tag does not end in the first bytes");
        }
        return new SheetOpening(
            start[..(at + end + 1)].ToArray(),
            Encoding.UTF8.GetBytes($"<{prefix}row"),
            Encoding.UTF8.GetBytes($"</{prefix}sheetData></{root}>"));
    }

    /// <summary>True for a byte that can end an element name in a start tag.</summary>
    public static bool IsNameEnd(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'>' or (byte)'/';

    // The qualified name of the first element: the first '<' not opening a declaration, comment or processing instruction.
    private static string RootName(ReadOnlySpan<byte> start)
    {
        for (var i = 0; i + 1 < start.Length; i++)
        {
            if (start[i] != (byte)'<' || start[i + 1] is (byte)'?' or (byte)'!')
            {
                continue;
            }
            var name = start[(i + 1)..];
            var length = 0;
            while (length < name.Length && !IsNameEnd(name[length]))
            {
                length++;
            }
            if (length > 0 && length < name.Length)
            {
                return Encoding.UTF8.GetString(name[..length]);
            }
            break;
        }
        throw new PieceCutException("no root element in the sheet's first bytes");
    }
}
