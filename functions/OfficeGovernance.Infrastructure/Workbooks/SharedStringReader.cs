using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>Streams a workbook's shared string table with <see cref="XmlReader"/>, so large tables never build a DOM.</summary>
internal static class SharedStringReader
{
    /// <summary>Every shared string in index order, read with a reader of its own (see the overload).</summary>
    /// <exception cref="XmlException">The part is not well-formed XML or holds a DTD.</exception>
    public static IReadOnlyList<string> Load(SharedStringTablePart? part) => Load(part, new SpreadsheetXml());

    /// <summary>
    /// Every shared string in index order. Rich-text runs are concatenated; phonetic runs (<c>rPh</c>) are left out
    /// because Excel does not show them as the cell's text. An absent part gives an empty list.
    /// </summary>
    /// <exception cref="XmlException">The part is not well-formed XML or holds a DTD.</exception>
    public static IReadOnlyList<string> Load(SharedStringTablePart? part, SpreadsheetXml xml)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = xml.Open(part.GetStream(FileMode.Open, FileAccess.Read));
        var text = new StringBuilder();
        while (reader.Read())
        {
            if (!xml.IsElement(reader, xml.Item))
            {
                continue;
            }
            text.Clear();
            if (!reader.IsEmptyElement)
            {
                ReadItem(reader, xml, text);
            }
            strings.Add(text.ToString());
        }
        return strings;
    }

    // Reads from an si start element to its end element, appending every t outside phonetic runs.
    private static void ReadItem(XmlReader reader, SpreadsheetXml xml, StringBuilder text)
    {
        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (xml.IsElement(reader, xml.Phonetic))
            {
                reader.Skip();
                continue;
            }
            if (xml.IsElement(reader, xml.Text))
            {
                text.Append(reader.ReadElementContentAsString());
                continue;
            }
            if (!reader.Read())
            {
                throw new XmlException("the shared string table ends inside an item");
            }
        }
    }
}
