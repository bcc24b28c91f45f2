using System.Globalization;
using System.Xml;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Writes a DrawingML chart part (<c>c:chartSpace</c>): clustered columns, optionally a line series over them on
/// the same axes, ranges pointing into the report's sheets with their values cached so viewers that do not
/// recalculate still draw it. Nothing is left to the viewer's defaults (issue 25): every series has its own fill or
/// stroke, both axes their number format, the chart and plot area their fills, and the text its size.
/// </summary>
internal static class ChartSpaceWriter
{
    public const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const uint CategoryAxis = 500001, ValueAxis = 500002;

    /// <summary>How month categories are shown: <c>Nov 2026</c>.</summary>
    public const string MonthFormat = "mmm yyyy";

    public static void Write(Stream stream, ChartDefinition chart)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartElement("c", "chartSpace", ChartNamespace);
        xml.WriteAttributeString("xmlns", "a", null, DrawingNamespace);
        xml.WriteAttributeString("xmlns", "r", null, RelationshipNamespace);
        Val(xml, "roundedCorners", "0");
        xml.WriteStartElement("chart", ChartNamespace);
        Title(xml, chart.Title);
        Val(xml, "autoTitleDeleted", "0");
        xml.WriteStartElement("plotArea", ChartNamespace);
        xml.WriteElementString("layout", ChartNamespace, string.Empty);
        var columns = chart.Series.Where(s => !s.AsLine).ToArray();
        var lines = chart.Series.Where(s => s.AsLine).ToArray();
        xml.WriteStartElement("barChart", ChartNamespace);
        Val(xml, "barDir", "col");
        Val(xml, "grouping", "clustered");
        Val(xml, "varyColors", "0");
        var index = 0;
        foreach (var series in columns)
        {
            Series(xml, chart, series, index++, line: false);
        }
        Val(xml, "gapWidth", "80");
        Axes(xml);
        xml.WriteEndElement();
        if (lines.Length > 0)
        {
            xml.WriteStartElement("lineChart", ChartNamespace);
            Val(xml, "grouping", "standard");
            Val(xml, "varyColors", "0");
            foreach (var series in lines)
            {
                Series(xml, chart, series, index++, line: true);
            }
            Val(xml, "marker", "1");
            Axes(xml);
            xml.WriteEndElement();
        }
        CategoryAxisElement(xml, chart.DateCategories, chart.CategoryCache.Count);
        ValueAxisElement(xml, chart.ValueFormat);
        ShapeFill(xml, "FFFFFF", line: null);
        xml.WriteEndElement();
        xml.WriteStartElement("legend", ChartNamespace);
        Val(xml, "legendPos", "b");
        Val(xml, "overlay", "0");
        TextSize(xml, 900, rotate: false);
        xml.WriteEndElement();
        Val(xml, "plotVisOnly", "1");
        Val(xml, "dispBlanksAs", "gap");
        xml.WriteEndElement();
        ShapeFill(xml, "FFFFFF", line: "BFBFBF");
        TextSize(xml, 900, rotate: false);
        xml.WriteEndElement();
    }

    // c:spPr: a solid fill (null: none) and an outline (null: none).
    private static void ShapeFill(XmlWriter xml, string? fill, string? line, int lineWidth = 9525)
    {
        xml.WriteStartElement("spPr", ChartNamespace);
        SolidFill(xml, fill);
        xml.WriteStartElement("ln", DrawingNamespace);
        xml.WriteAttributeString("w", lineWidth.ToString(CultureInfo.InvariantCulture));
        SolidFill(xml, line);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void SolidFill(XmlWriter xml, string? rgb)
    {
        if (rgb is null)
        {
            xml.WriteElementString("noFill", DrawingNamespace, string.Empty);
            return;
        }
        xml.WriteStartElement("solidFill", DrawingNamespace);
        xml.WriteStartElement("srgbClr", DrawingNamespace);
        xml.WriteAttributeString("val", rgb);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // c:txPr: the text size in hundredths of a point, optionally turned to read bottom to top.
    private static void TextSize(XmlWriter xml, int size, bool rotate)
    {
        xml.WriteStartElement("txPr", ChartNamespace);
        xml.WriteStartElement("bodyPr", DrawingNamespace);
        if (rotate)
        {
            xml.WriteAttributeString("rot", "-5400000");
            xml.WriteAttributeString("vert", "horz");
        }
        xml.WriteEndElement();
        xml.WriteElementString("lstStyle", DrawingNamespace, string.Empty);
        xml.WriteStartElement("p", DrawingNamespace);
        xml.WriteStartElement("pPr", DrawingNamespace);
        xml.WriteStartElement("defRPr", DrawingNamespace);
        xml.WriteAttributeString("sz", size.ToString(CultureInfo.InvariantCulture));
        SolidFill(xml, "404040");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("endParaRPr", DrawingNamespace);
        xml.WriteAttributeString("lang", "en-US");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void DataLabels(XmlWriter xml, string format)
    {
        xml.WriteStartElement("dLbls", ChartNamespace);
        NumberFormat(xml, format);
        ShapeFill(xml, null, null);
        TextSize(xml, 800, rotate: false);
        Val(xml, "dLblPos", "outEnd");
        Val(xml, "showLegendKey", "0");
        Val(xml, "showVal", "1");
        Val(xml, "showCatName", "0");
        Val(xml, "showSerName", "0");
        Val(xml, "showPercent", "0");
        Val(xml, "showBubbleSize", "0");
        xml.WriteEndElement();
    }

    private static void Series(XmlWriter xml, ChartDefinition chart, ChartSeries series, int index, bool line)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("ser", ChartNamespace);
        Val(xml, "idx", number);
        Val(xml, "order", number);
        xml.WriteStartElement("tx", ChartNamespace);
        if (series.NameCell is null)
        {
            // A name of its own (the layout's legend text), not a header cell's.
            xml.WriteElementString("v", ChartNamespace, series.Name);
        }
        else
        {
            xml.WriteStartElement("strRef", ChartNamespace);
            xml.WriteElementString("f", ChartNamespace, series.NameCell);
            StringCache(xml, [series.Name]);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (line)
        {
            ShapeFill(xml, null, series.Colour, lineWidth: 28575);
            xml.WriteStartElement("marker", ChartNamespace);
            Val(xml, "symbol", "none");
            xml.WriteEndElement();
        }
        else
        {
            ShapeFill(xml, series.Colour, series.Colour);
            Val(xml, "invertIfNegative", "0");
        }
        if (series.Labels)
        {
            DataLabels(xml, chart.ValueFormat);
        }
        xml.WriteStartElement("cat", ChartNamespace);
        if (chart.DateCategories)
        {
            xml.WriteStartElement("numRef", ChartNamespace);
            xml.WriteElementString("f", ChartNamespace, chart.Categories);
            NumberCache(xml, MonthFormat, chart.CategoryCache);
        }
        else
        {
            xml.WriteStartElement("strRef", ChartNamespace);
            xml.WriteElementString("f", ChartNamespace, chart.Categories);
            StringCache(xml, chart.CategoryCache);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("val", ChartNamespace);
        xml.WriteStartElement("numRef", ChartNamespace);
        xml.WriteElementString("f", ChartNamespace, series.Values);
        NumberCache(xml, chart.ValueFormat, series.Cache.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray());
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (line)
        {
            Val(xml, "smooth", "0");
        }
        xml.WriteEndElement();
    }

    private static void StringCache(XmlWriter xml, IReadOnlyList<string> values)
    {
        xml.WriteStartElement("strCache", ChartNamespace);
        Points(xml, values);
        xml.WriteEndElement();
    }

    private static void NumberCache(XmlWriter xml, string format, IReadOnlyList<string> values)
    {
        xml.WriteStartElement("numCache", ChartNamespace);
        xml.WriteElementString("formatCode", ChartNamespace, format);
        Points(xml, values);
        xml.WriteEndElement();
    }

    private static void Points(XmlWriter xml, IReadOnlyList<string> values)
    {
        Val(xml, "ptCount", values.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < values.Count; i++)
        {
            xml.WriteStartElement("pt", ChartNamespace);
            xml.WriteAttributeString("idx", i.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("v", ChartNamespace, values[i]);
            xml.WriteEndElement();
        }
    }

    private static void Title(XmlWriter xml, string title)
    {
        xml.WriteStartElement("title", ChartNamespace);
        xml.WriteStartElement("tx", ChartNamespace);
        xml.WriteStartElement("rich", ChartNamespace);
        xml.WriteElementString("bodyPr", DrawingNamespace, string.Empty);
        xml.WriteStartElement("p", DrawingNamespace);
        xml.WriteStartElement("r", DrawingNamespace);
        xml.WriteStartElement("rPr", DrawingNamespace);
        xml.WriteAttributeString("lang", "en-US");
        xml.WriteAttributeString("sz", "1100");
        xml.WriteAttributeString("b", "1");
        SolidFill(xml, "262626");
        xml.WriteEndElement();
        xml.WriteElementString("t", DrawingNamespace, title);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        Val(xml, "overlay", "0");
        xml.WriteEndElement();
    }

    private static void Axes(XmlWriter xml)
    {
        Val(xml, "axId", CategoryAxis.ToString(CultureInfo.InvariantCulture));
        Val(xml, "axId", ValueAxis.ToString(CultureInfo.InvariantCulture));
    }

    // Many categories (one per initiative) are labelled bottom to top, so that every label is shown whole.
    private static void CategoryAxisElement(XmlWriter xml, bool dates, int count)
    {
        xml.WriteStartElement("catAx", ChartNamespace);
        Val(xml, "axId", CategoryAxis.ToString(CultureInfo.InvariantCulture));
        Scaling(xml);
        Val(xml, "delete", "0");
        Val(xml, "axPos", "b");
        NumberFormat(xml, dates ? MonthFormat : "@");
        Val(xml, "majorTickMark", "out");
        Val(xml, "minorTickMark", "none");
        Val(xml, "tickLblPos", "nextTo");
        ShapeFill(xml, null, "7F7F7F");
        TextSize(xml, 800, rotate: count > 8);
        Val(xml, "crossAx", ValueAxis.ToString(CultureInfo.InvariantCulture));
        Val(xml, "crosses", "autoZero");
        Val(xml, "auto", "1");
        Val(xml, "lblAlgn", "ctr");
        Val(xml, "lblOffset", "100");
        Val(xml, "tickLblSkip", "1");
        Val(xml, "noMultiLvlLbl", "0");
        xml.WriteEndElement();
    }

    private static void ValueAxisElement(XmlWriter xml, string format)
    {
        xml.WriteStartElement("valAx", ChartNamespace);
        Val(xml, "axId", ValueAxis.ToString(CultureInfo.InvariantCulture));
        Scaling(xml);
        Val(xml, "delete", "0");
        Val(xml, "axPos", "l");
        xml.WriteStartElement("majorGridlines", ChartNamespace);
        ShapeFill(xml, null, "D9D9D9");
        xml.WriteEndElement();
        NumberFormat(xml, format);
        Val(xml, "majorTickMark", "out");
        Val(xml, "minorTickMark", "none");
        Val(xml, "tickLblPos", "nextTo");
        ShapeFill(xml, null, "7F7F7F");
        TextSize(xml, 800, rotate: false);
        Val(xml, "crossAx", CategoryAxis.ToString(CultureInfo.InvariantCulture));
        Val(xml, "crosses", "autoZero");
        Val(xml, "crossBetween", "between");
        xml.WriteEndElement();
    }

    private static void Scaling(XmlWriter xml)
    {
        xml.WriteStartElement("scaling", ChartNamespace);
        Val(xml, "orientation", "minMax");
        xml.WriteEndElement();
    }

    private static void NumberFormat(XmlWriter xml, string code)
    {
        xml.WriteStartElement("numFmt", ChartNamespace);
        xml.WriteAttributeString("formatCode", code);
        xml.WriteAttributeString("sourceLinked", "0");
        xml.WriteEndElement();
    }

    private static void Val(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement(name, ChartNamespace);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }
}
