using System.Xml;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Copies attribute values and element text out of an <see cref="XmlReader"/> with <see cref="XmlReader.ReadValueChunk"/>
/// into one reusable buffer, so the hot loop of the sheet read makes no string for a cell's position, type or number
/// (docs/rules.md#performance: the reader at the speed of the XML). The buffer grows to the longest value met, as a string of
/// it would; the span returned is valid until the next read into the buffer. One per thread.
/// </summary>
internal sealed class XmlValueBuffer
{
    private char[] _chars = new char[64];

    /// <summary>
    /// The value of an attribute of the element the reader is on, or false when the element has no attribute of that
    /// local name without a namespace prefix. The reader is left on the element.
    /// </summary>
    /// <param name="reader">A reader on an element.</param>
    /// <param name="localName">The attribute's local name, atomized in the reader's name table.</param>
    /// <param name="value">The attribute's value.</param>
    public bool TryAttribute(XmlReader reader, string localName, out ReadOnlySpan<char> value)
    {
        value = default;
        if (!reader.MoveToFirstAttribute())
        {
            return false;
        }
        var found = false;
        do
        {
            if (ReferenceEquals(reader.LocalName, localName) && reader.NamespaceURI.Length == 0)
            {
                // Read first: reading may replace the buffer with a larger one.
                var length = ReadChunks(reader, 0);
                value = _chars.AsSpan(0, length);
                found = true;
                break;
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return found;
    }

    /// <summary>
    /// The text of the element the reader is on (its text, CDATA and white space, concatenated; comments and
    /// processing instructions are already ignored by the settings), as <see cref="XmlReader.ReadElementContentAsString()"/>
    /// reads it. The reader is left on the element's end element, or on the element itself when it is empty.
    /// </summary>
    /// <exception cref="XmlException">The element holds an element, or the part ends inside it.</exception>
    public ReadOnlySpan<char> ElementText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return [];
        }
        var depth = reader.Depth;
        var name = reader.LocalName;
        var length = 0;
        while (true)
        {
            if (!reader.Read())
            {
                throw new XmlException($"the part ends inside a {name} element");
            }
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    return _chars.AsSpan(0, length);
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    length = ReadChunks(reader, length);
                    break;
                case XmlNodeType.Element:
                    throw new XmlException($"a {name} element holds a {reader.LocalName} element; it may hold only text");
            }
        }
    }

    // Appends the current node's value from offset on, growing the buffer as needed; returns the new length.
    private int ReadChunks(XmlReader reader, int offset)
    {
        while (true)
        {
            if (offset == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }
            var read = reader.ReadValueChunk(_chars, offset, _chars.Length - offset);
            if (read == 0)
            {
                return offset;
            }
            offset += read;
        }
    }
}
