using System.Globalization;
using System.Xml;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Writes a DrawingML chart part (<c>c:chartSpace</c>): clustered columns, optionally a line series over them on
/// the same axes, ranges pointing into the report's sheets with their values cached so viewers that do not
/// recalculate still draw it.
/// </summary>
internal static class ChartSpaceWriter
{
    public const string ChartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const uint CategoryAxis = 500001, ValueAxis = 500002;

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
        CategoryAxisElement(xml, chart.DateCategories);
        ValueAxisElement(xml, chart.ValueFormat);
        xml.WriteEndElement();
        xml.WriteStartElement("legend", ChartNamespace);
        Val(xml, "legendPos", "b");
        Val(xml, "overlay", "0");
        xml.WriteEndElement();
        Val(xml, "plotVisOnly", "1");
        Val(xml, "dispBlanksAs", "gap");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Series(XmlWriter xml, ChartDefinition chart, ChartSeries series, int index, bool line)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("ser", ChartNamespace);
        Val(xml, "idx", number);
        Val(xml, "order", number);
        xml.WriteStartElement("tx", ChartNamespace);
        xml.WriteStartElement("strRef", ChartNamespace);
        xml.WriteElementString("f", ChartNamespace, series.NameCell);
        StringCache(xml, [series.Name]);
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (line)
        {
            xml.WriteStartElement("marker", ChartNamespace);
            Val(xml, "symbol", "none");
            xml.WriteEndElement();
        }
        else
        {
            Val(xml, "invertIfNegative", "0");
        }
        xml.WriteStartElement("cat", ChartNamespace);
        if (chart.DateCategories)
        {
            xml.WriteStartElement("numRef", ChartNamespace);
            xml.WriteElementString("f", ChartNamespace, chart.Categories);
            NumberCache(xml, "yyyy-mm", chart.CategoryCache);
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
        NumberCache(xml, "General", series.Cache.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray());
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

    private static void CategoryAxisElement(XmlWriter xml, bool dates)
    {
        xml.WriteStartElement("catAx", ChartNamespace);
        Val(xml, "axId", CategoryAxis.ToString(CultureInfo.InvariantCulture));
        Scaling(xml);
        Val(xml, "delete", "0");
        Val(xml, "axPos", "b");
        NumberFormat(xml, dates ? "yyyy-mm" : "General");
        Val(xml, "tickLblPos", "nextTo");
        Val(xml, "crossAx", ValueAxis.ToString(CultureInfo.InvariantCulture));
        Val(xml, "crosses", "autoZero");
        Val(xml, "auto", "1");
        Val(xml, "lblAlgn", "ctr");
        Val(xml, "lblOffset", "100");
        xml.WriteEndElement();
    }

    private static void ValueAxisElement(XmlWriter xml, string format)
    {
        xml.WriteStartElement("valAx", ChartNamespace);
        Val(xml, "axId", ValueAxis.ToString(CultureInfo.InvariantCulture));
        Scaling(xml);
        Val(xml, "delete", "0");
        Val(xml, "axPos", "l");
        xml.WriteElementString("majorGridlines", ChartNamespace, string.Empty);
        NumberFormat(xml, format);
        Val(xml, "tickLblPos", "nextTo");
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
