using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Writes a drawing part (<c>xdr:wsDr</c>) holding one chart part per definition, each anchored to a block of cells:
/// the charts stack down the sheet from the given column.
/// </summary>
internal static class ChartDrawingWriter
{
    private const string SheetDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const int Width = 10, Height = 20;

    /// <summary>Adds a drawing with the charts to <paramref name="sheet"/> and returns it (the sheet must reference it).</summary>
    public static DrawingsPart Add(WorksheetPart sheet, IReadOnlyList<ChartDefinition> charts, int firstColumn)
    {
        var drawing = sheet.AddNewPart<DrawingsPart>();
        var ids = new List<string>();
        foreach (var chart in charts)
        {
            var part = drawing.AddNewPart<ChartPart>();
            using (var stream = part.GetStream(FileMode.Create))
            {
                ChartSpaceWriter.Write(stream, chart);
            }
            ids.Add(drawing.GetIdOfPart(part));
        }
        using var output = drawing.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("xdr", "wsDr", SheetDrawingNamespace);
        xml.WriteAttributeString("xmlns", "a", null, DrawingNamespace);
        for (var i = 0; i < charts.Count; i++)
        {
            xml.WriteStartElement("twoCellAnchor", SheetDrawingNamespace);
            Marker(xml, "from", firstColumn, i * (Height + 1));
            Marker(xml, "to", firstColumn + Width, i * (Height + 1) + Height);
            xml.WriteStartElement("graphicFrame", SheetDrawingNamespace);
            xml.WriteAttributeString("macro", string.Empty);
            xml.WriteStartElement("nvGraphicFramePr", SheetDrawingNamespace);
            xml.WriteStartElement("cNvPr", SheetDrawingNamespace);
            xml.WriteAttributeString("id", (i + 2).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("name", charts[i].Title);
            xml.WriteEndElement();
            xml.WriteElementString("cNvGraphicFramePr", SheetDrawingNamespace, string.Empty);
            xml.WriteEndElement();
            xml.WriteStartElement("xfrm", SheetDrawingNamespace);
            xml.WriteStartElement("off", DrawingNamespace);
            xml.WriteAttributeString("x", "0");
            xml.WriteAttributeString("y", "0");
            xml.WriteEndElement();
            xml.WriteStartElement("ext", DrawingNamespace);
            xml.WriteAttributeString("cx", "0");
            xml.WriteAttributeString("cy", "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("graphic", DrawingNamespace);
            xml.WriteStartElement("graphicData", DrawingNamespace);
            xml.WriteAttributeString("uri", ChartSpaceWriter.ChartNamespace);
            xml.WriteStartElement("c", "chart", ChartSpaceWriter.ChartNamespace);
            xml.WriteAttributeString("xmlns", "r", null, RelationshipNamespace);
            xml.WriteAttributeString("id", RelationshipNamespace, ids[i]);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteElementString("clientData", SheetDrawingNamespace, string.Empty);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return drawing;
    }

    private static void Marker(XmlWriter xml, string name, int column, int row)
    {
        xml.WriteStartElement(name, SheetDrawingNamespace);
        xml.WriteElementString("col", SheetDrawingNamespace, column.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("colOff", SheetDrawingNamespace, "0");
        xml.WriteElementString("row", SheetDrawingNamespace, row.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("rowOff", SheetDrawingNamespace, "0");
        xml.WriteEndElement();
    }
}
