// Linked into the Infrastructure and Functions test projects: builds hostile and broken workbook files from real ones.
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Tests.Shared;

/// <summary>Edits the parts of an .xlsx at the zip and XML level, so a test can build files no writer would produce.</summary>
internal static class XlsxPackage
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A copy of the package with <paramref name="edit"/> applied to its zip entries.</summary>
    public static byte[] Edit(byte[] xlsx, Action<ZipArchive> edit)
    {
        using var memory = new MemoryStream();
        memory.Write(xlsx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            edit(zip);
        }
        return memory.ToArray();
    }

    /// <summary>A copy with one entry's text replaced by <paramref name="change"/> of it.</summary>
    public static byte[] EditText(byte[] xlsx, string entryName, Func<string, string> change) => Edit(xlsx, zip =>
    {
        var entry = zip.GetEntry(entryName) ?? throw new InvalidOperationException($"no entry {entryName}");
        string text;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    });

    /// <summary>A copy with one entry's XML changed in place.</summary>
    public static byte[] EditXml(byte[] xlsx, string entryName, Action<XDocument> change) =>
        EditText(xlsx, entryName, text =>
        {
            var document = XDocument.Parse(text);
            change(document);
            return document.Declaration + document.ToString(SaveOptions.DisableFormatting);
        });

    /// <summary>The zip entry names of a table's worksheet and definition, with the table's range and column names.</summary>
    public static TableLocation Locate(byte[] xlsx, string table)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx, writable: false), false);
        var workbookPart = document.WorkbookPart!;
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            foreach (var tablePart in part.TableDefinitionParts)
            {
                if (tablePart.Table.Name?.Value == table)
                {
                    var reference = tablePart.Table.Reference!.Value!.Split(':');
                    return new TableLocation(
                        part.Uri.OriginalString.TrimStart('/'), tablePart.Uri.OriginalString.TrimStart('/'), sheet.Name!.Value!,
                        CellAddress.ColumnNumber(reference[0]), CellAddress.RowNumber(reference[0]),
                        tablePart.Table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value!).ToArray());
                }
            }
        }
        throw new InvalidOperationException($"no table {table}");
    }

    /// <summary>
    /// A copy with the cell at a table's column and data row (1 = first row below the header) replaced by
    /// <paramref name="cell"/>, which receives the element name of a cell and its address.
    /// </summary>
    public static byte[] SetCell(byte[] xlsx, string table, string column, int dataRow, Func<XNamespace, string, XElement> cell)
    {
        var location = Locate(xlsx, table);
        var address = location.Address(column, dataRow);
        return EditXml(xlsx, location.SheetEntry, document =>
        {
            var ns = document.Root!.Name.Namespace;
            var rowNumber = CellAddress.RowNumber(address).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var row = document.Descendants(ns + "row").First(r => (string?)r.Attribute("r") == rowNumber);
            var replacement = cell(ns, address);
            var existing = row.Elements(ns + "c").FirstOrDefault(c => (string?)c.Attribute("r") == address);
            if (existing is not null)
            {
                existing.ReplaceWith(replacement);
                return;
            }
            var after = row.Elements(ns + "c").LastOrDefault(c =>
                CellAddress.ColumnNumber((string)c.Attribute("r")!) < CellAddress.ColumnNumber(address));
            if (after is null)
            {
                row.AddFirst(replacement);
            }
            else
            {
                after.AddAfterSelf(replacement);
            }
        });
    }

    /// <summary>An inline text cell.</summary>
    public static Func<XNamespace, string, XElement> Text(string text) => (ns, address) =>
        new XElement(ns + "c", new XAttribute("r", address), new XAttribute("t", "inlineStr"),
            new XElement(ns + "is", new XElement(ns + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text)));

    /// <summary>A cell with a raw value and an optional type (<c>s</c>, <c>e</c>, <c>d</c>, <c>b</c>).</summary>
    public static Func<XNamespace, string, XElement> Raw(string value, string? type = null) => (ns, address) =>
        new XElement(ns + "c", new XAttribute("r", address), type is null ? null : new XAttribute("t", type), new XElement(ns + "v", value));

    /// <summary>A formula cell without a saved result, as files written by some tools (not Excel) have.</summary>
    public static Func<XNamespace, string, XElement> FormulaWithoutValue(string formula) => (ns, address) =>
        new XElement(ns + "c", new XAttribute("r", address), new XElement(ns + "f", formula));

    /// <summary>A copy whose zip entry's compressed bytes are flipped in the middle (the entry's headers stay intact).</summary>
    public static byte[] CorruptCompressedEntry(byte[] xlsx, string entryName)
    {
        var bytes = (byte[])xlsx.Clone();
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (BitConverter.ToUInt32(bytes, i) != 0x04034b50 || BitConverter.ToUInt16(bytes, i + 26) != name.Length
                || !bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                continue;
            }
            var compressed = BitConverter.ToInt32(bytes, i + 18);
            var start = i + 30 + name.Length + BitConverter.ToUInt16(bytes, i + 28);
            for (var j = start + compressed / 2; j < start + compressed / 2 + 48; j++)
            {
                bytes[j] ^= 0x5A;
            }
            return bytes;
        }
        throw new InvalidOperationException($"no local header for {entryName}");
    }

    /// <summary>A copy whose zip headers (local and central) declare <paramref name="uncompressedSize"/> for an entry.</summary>
    public static byte[] DeclareSize(byte[] xlsx, string entryName, uint uncompressedSize)
    {
        var bytes = (byte[])xlsx.Clone();
        var name = Encoding.ASCII.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50 && BitConverter.ToUInt16(bytes, i + 26) == name.Length && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(uncompressedSize).CopyTo(bytes, i + 22);
                patched++;
            }
            else if (signature == 0x02014b50 && BitConverter.ToUInt16(bytes, i + 28) == name.Length && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BitConverter.GetBytes(uncompressedSize).CopyTo(bytes, i + 24);
                patched++;
            }
        }
        return patched == 2 ? bytes : throw new InvalidOperationException($"{entryName}: {patched} headers patched");
    }
}

/// <summary>Where a table lives in a package.</summary>
internal sealed record TableLocation(
    string SheetEntry, string TableEntry, string SheetName, int FirstColumn, int HeaderRow, IReadOnlyList<string> Columns)
{
    /// <summary>The A1 address (without sheet) of a column's cell in a data row (1-based).</summary>
    public string Address(string column, int dataRow)
    {
        var index = Columns.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new InvalidOperationException($"no column {column}");
        }
        return CellAddress.ColumnLetters(FirstColumn + index) + (HeaderRow + dataRow).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The sheet-qualified address, as problems name it.</summary>
    public string QualifiedAddress(string column, int dataRow) => $"{SheetName}!{Address(column, dataRow)}";
}
