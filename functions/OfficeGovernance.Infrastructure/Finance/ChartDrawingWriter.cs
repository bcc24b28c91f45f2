using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Writes a drawing part (<c>xdr:wsDr</c>) holding one chart part per definition, each anchored to its own block of
/// cells (<see cref="ChartAnchor"/>), which the caller places where no cell in use lies under it (issue 25).
/// </summary>
internal static class ChartDrawingWriter
{
    private const string SheetDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /// <summary>Adds a drawing with the charts to <paramref name="sheet"/> and returns it (the sheet must reference it).</summary>
    /// <exception cref="ArgumentException">There is not one anchor per chart.</exception>
    public static DrawingsPart Add(WorksheetPart sheet, IReadOnlyList<ChartDefinition> charts, IReadOnlyList<ChartAnchor> anchors)
    {
        if (anchors.Count != charts.Count)
        {
            throw new ArgumentException($"{anchors.Count} anchors for {charts.Count} charts.", nameof(anchors));
        }
        var drawing = sheet.AddNewPart<DrawingsPart>();
        Fill(drawing, charts, anchors);
        return drawing;
    }

    /// <summary>Writes the charts into a drawing part already added to its sheet (and referenced by it).</summary>
    /// <exception cref="ArgumentException">There is not one anchor per chart.</exception>
    public static void Fill(DrawingsPart drawing, IReadOnlyList<ChartDefinition> charts, IReadOnlyList<ChartAnchor> anchors)
    {
        if (anchors.Count != charts.Count)
        {
            throw new ArgumentException($"{anchors.Count} anchors for {charts.Count} charts.", nameof(anchors));
        }
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
            Marker(xml, "from", anchors[i].FromColumn, anchors[i].FromRow);
            Marker(xml, "to", anchors[i].ToColumn, anchors[i].ToRow);
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

/// <summary>Where a chart sits: from the top-left corner of one cell to the top-left corner of another, 0-based.</summary>
/// <param name="FromColumn">The first column (0 = A).</param>
/// <param name="FromRow">The first row (0 = row 1).</param>
/// <param name="ToColumn">The column whose left edge the chart ends at.</param>
/// <param name="ToRow">The row whose top edge the chart ends at.</param>
internal sealed record ChartAnchor(int FromColumn, int FromRow, int ToColumn, int ToRow);
