using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Collects the distinct texts of a new workbook while its sheets stream out, then writes them as the shared string
/// table, as Excel does: repeated ids and names are stored once and each cell holds an index.
/// </summary>
internal sealed class SharedStringCollector
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _references;

    /// <summary>The index of a text (already made XML-safe), added on first use.</summary>
    public int IndexOf(string text)
    {
        _references++;
        if (!_indexes.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _indexes.Add(text, index);
            _strings.Add(text);
        }
        return index;
    }

    /// <summary>Writes the shared string table part with the SAX writer (it can hold hundreds of thousands of texts).</summary>
    public void WriteTo(WorkbookPart workbookPart)
    {
        var part = workbookPart.AddNewPart<SharedStringTablePart>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable(), [
            new OpenXmlAttribute("count", string.Empty, _references.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("uniqueCount", string.Empty, _strings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        foreach (var text in _strings)
        {
            writer.WriteElement(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        writer.WriteEndElement();
    }
}
