using System.Xml;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// The XML reader over worksheet and shared-string part streams (docs/rules.md#hostile-workbooks): DTDs are refused and no
/// external resource is ever resolved, so an entity or a DTD in a part ends the read with an error instead of being
/// expanded. Element names are atomized once, so the hot loop compares references, not strings.
/// </summary>
internal sealed class SpreadsheetXml
{
    /// <summary>The SpreadsheetML main namespace (transitional, as Excel writes it).</summary>
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private readonly XmlReaderSettings _settings;

    /// <summary>Creates the names and settings for one workbook read.</summary>
    public SpreadsheetXml()
    {
        var names = new NameTable();
        Main = names.Add(MainNamespace);
        Row = names.Add("row");
        Cell = names.Add("c");
        Value = names.Add("v");
        Formula = names.Add("f");
        Text = names.Add("t");
        Phonetic = names.Add("rPh");
        Item = names.Add("si");
        MergeCell = names.Add("mergeCell");
        SheetData = names.Add("sheetData");
        Position = names.Add("r");
        DataType = names.Add("t");
        _settings = new XmlReaderSettings
        {
            NameTable = names,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
    }

    /// <summary>The atomized main namespace.</summary>
    public string Main { get; }

    /// <summary>Atomized <c>row</c>.</summary>
    public string Row { get; }

    /// <summary>Atomized <c>c</c>.</summary>
    public string Cell { get; }

    /// <summary>Atomized <c>v</c>.</summary>
    public string Value { get; }

    /// <summary>Atomized <c>f</c>.</summary>
    public string Formula { get; }

    /// <summary>Atomized <c>t</c>.</summary>
    public string Text { get; }

    /// <summary>Atomized <c>rPh</c> (phonetic runs, which Excel does not show as the cell's text).</summary>
    public string Phonetic { get; }

    /// <summary>Atomized <c>si</c>.</summary>
    public string Item { get; }

    /// <summary>Atomized <c>mergeCell</c>.</summary>
    public string MergeCell { get; }

    /// <summary>Atomized <c>sheetData</c>.</summary>
    public string SheetData { get; }

    /// <summary>Atomized <c>r</c>, the attribute giving a row's or a cell's position.</summary>
    public string Position { get; }

    /// <summary>Atomized <c>t</c>, the attribute giving a cell's data type.</summary>
    public string DataType { get; }

    /// <summary>The buffer values are read into without making strings.</summary>
    public XmlValueBuffer Values { get; } = new();

    /// <summary>A reader over a part's stream; disposing it closes the stream.</summary>
    public XmlReader Open(Stream part) => XmlReader.Create(part, _settings);

    /// <summary>True when the reader is on a main-namespace element of the atomized <paramref name="name"/>.</summary>
    public bool IsElement(XmlReader reader, string name) =>
        reader.NodeType == XmlNodeType.Element && ReferenceEquals(reader.LocalName, name) && ReferenceEquals(reader.NamespaceURI, Main);
}
