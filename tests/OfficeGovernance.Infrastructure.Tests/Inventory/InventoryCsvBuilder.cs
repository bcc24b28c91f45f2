using System.Text;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

/// <summary>
/// Builds a CSV inventory in memory: a header row and data rows whose cells are set by header (the first column of
/// that name) or by 0-based column. Every field is quoted; records end with CRLF, as in the real files.
/// </summary>
public sealed class InventoryCsvBuilder(string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _preamble = [];

    public static InventoryCsvBuilder Omb2024() => new(FederalInventoryHeaders.Omb2024);

    public static InventoryCsvBuilder Dhs2024() => new(FederalInventoryHeaders.Dhs2024);

    public static InventoryCsvBuilder Omb2025() => new(FederalInventoryHeaders.Omb2025Csv);

    /// <summary>A line written above the header, such as a title.</summary>
    public InventoryCsvBuilder Title(string line)
    {
        _preamble.Add(line);
        return this;
    }

    /// <summary>A row with the given cells set by header name; the others are blank.</summary>
    public InventoryCsvBuilder Row(params (string Header, string Value)[] cells) =>
        RowAt(cells.Select(c => (Column(c.Header), c.Value)).ToArray());

    /// <summary>A row with the given cells set by 0-based column; the others are blank.</summary>
    public InventoryCsvBuilder RowAt(params (int Column, string Value)[] cells)
    {
        var row = new string[headers.Length];
        Array.Fill(row, string.Empty);
        foreach (var (column, value) in cells)
        {
            row[column] = value;
        }
        _rows.Add(row);
        return this;
    }

    /// <summary>The 0-based column of the first header with that name.</summary>
    public int Column(string header)
    {
        var index = Array.IndexOf(headers, header);
        return index >= 0 ? index : throw new ArgumentException($"no header '{header}'", nameof(header));
    }

    public string Text()
    {
        var text = new StringBuilder();
        foreach (var line in _preamble)
        {
            text.Append(line).Append("\r\n");
        }
        foreach (var record in _rows.Prepend(headers))
        {
            text.Append(string.Join(',', record.Select(v => '"' + v.Replace("\"", "\"\"", StringComparison.Ordinal) + '"'))).Append("\r\n");
        }
        return text.ToString();
    }

    public byte[] Bytes(Encoding? encoding = null) => (encoding ?? new UTF8Encoding(false)).GetBytes(Text());

    public InventoryReadResult Read(Encoding? encoding = null, string fileLabel = "inventory.csv") =>
        new InventoryReader().Read(new MemoryStream(Bytes(encoding)), fileLabel);
}
