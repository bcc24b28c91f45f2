using System.Text;
using System.Xml;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class XmlValueBufferTests
{
    private const string Ns = SpreadsheetXml.MainNamespace;

    [Theory]
    [InlineData("<c xmlns='" + Ns + "' r='B7' t='s'/>", "B7")]
    [InlineData("<c xmlns='" + Ns + "' s='1' t='s' r='AB12'/>", "AB12")]
    [InlineData("<c xmlns='" + Ns + "' r='A&amp;1'/>", "A&1")]
    public void TryAttribute_AttributePresent_GivesItsValueAndStaysOnTheElement(string xml, string expected)
    {
        var (reader, names) = At(xml, "c");

        Assert.True(names.Values.TryAttribute(reader, names.Position, out var value));

        Assert.Equal(expected, value.ToString());
        Assert.Equal(XmlNodeType.Element, reader.NodeType);
        Assert.Equal("c", reader.LocalName);
    }

    [Theory]
    [InlineData("<c xmlns='" + Ns + "' t='s'/>")]
    [InlineData("<c xmlns='" + Ns + "' xmlns:o='urn:other' o:r='A1'/>")]
    [InlineData("<c xmlns='" + Ns + "'/>")]
    public void TryAttribute_NoUnprefixedAttributeOfThatName_IsFalse(string xml)
    {
        var (reader, names) = At(xml, "c");

        Assert.False(names.Values.TryAttribute(reader, names.Position, out _));
        Assert.Equal(XmlNodeType.Element, reader.NodeType);
    }

    [Theory]
    [InlineData("<v xmlns='" + Ns + "'>12.5</v>", "12.5")]
    [InlineData("<v xmlns='" + Ns + "'>1<!-- x -->2<?pi?>3</v>", "123")]
    [InlineData("<v xmlns='" + Ns + "'><![CDATA[a<b]]> &amp; c</v>", "a<b & c")]
    [InlineData("<v xmlns='" + Ns + "'/>", "")]
    [InlineData("<v xmlns='" + Ns + "'></v>", "")]
    public void ElementText_TextCdataAndEntities_ReadLikeReadElementContentAsString(string xml, string expected)
    {
        var (reader, names) = At(xml, "v");
        var empty = reader.IsEmptyElement;

        var text = names.Values.ElementText(reader).ToString();

        Assert.Equal(expected, text);
        Assert.Equal(expected, At(xml, "v").Reader.ReadElementContentAsString());
        Assert.Equal(empty ? XmlNodeType.Element : XmlNodeType.EndElement, reader.NodeType);
    }

    [Fact]
    public void ElementText_LongerThanTheBuffer_GrowsAndKeepsEveryCharacter()
    {
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(i => (char)('a' + (i % 26))));
        var (reader, names) = At($"<r xmlns='{Ns}' r='{text}'><v>{text}</v></r>", "r");

        Assert.True(names.Values.TryAttribute(reader, names.Position, out var attribute));
        Assert.Equal(text, attribute.ToString());
        reader.Read();
        Assert.Equal("v", reader.LocalName);
        Assert.Equal(text, names.Values.ElementText(reader).ToString());
    }

    [Fact]
    public void ElementText_ChildElement_ThrowsXmlException()
    {
        var (reader, names) = At($"<v xmlns='{Ns}'>1<b/>2</v>", "v");

        var error = Assert.Throws<XmlException>(() => names.Values.ElementText(reader));

        Assert.Contains("holds a b element", error.Message);
    }

    private static (XmlReader Reader, SpreadsheetXml Names) At(string xml, string element)
    {
        var names = new SpreadsheetXml();
        var reader = names.Open(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
        while (reader.Read() && !(reader.NodeType == XmlNodeType.Element && reader.LocalName == element))
        {
        }
        return (reader, names);
    }
}
