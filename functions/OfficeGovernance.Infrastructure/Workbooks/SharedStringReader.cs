using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>Streams a workbook's shared string table with the SAX reader, so large tables never build a DOM.</summary>
internal static class SharedStringReader
{
    /// <summary>
    /// Every shared string in index order. Rich-text runs are concatenated; phonetic runs (<c>rPh</c>) are left out
    /// because Excel does not show them as the cell's text. An absent part gives an empty list.
    /// </summary>
    public static IReadOnlyList<string> Load(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using var reader = OpenXmlReader.Create(part);
        StringBuilder? current = null;
        var phoneticDepth = 0;
        while (reader.Read())
        {
            var type = reader.ElementType;
            if (type == typeof(SharedStringItem))
            {
                if (reader.IsStartElement)
                {
                    current = new StringBuilder();
                }
                else if (reader.IsEndElement)
                {
                    strings.Add(current?.ToString() ?? string.Empty);
                    current = null;
                }
            }
            else if (type == typeof(PhoneticRun))
            {
                phoneticDepth += reader.IsStartElement ? 1 : reader.IsEndElement ? -1 : 0;
            }
            else if (type == typeof(Text) && reader.IsStartElement && phoneticDepth == 0)
            {
                current?.Append(reader.GetText());
            }
        }
        return strings;
    }
}
