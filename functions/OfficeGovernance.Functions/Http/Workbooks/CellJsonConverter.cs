using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Reads one <see cref="CellJson"/> from the token at the reader, without building a document for it; short strings
/// that repeat (initiative ids, metric names, sources) are shared through <see cref="CellTextCache"/>.
/// </summary>
internal sealed class CellJsonConverter : JsonConverter<CellJson>
{
    /// <summary>The cell at the reader, which is left on the cell's last token.</summary>
    public static CellJson ReadCell(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return default;
            case JsonTokenType.String: return new(CellValue.FromText(CellTextCache.Read(ref reader)));
            case JsonTokenType.Number: return new(CellValue.FromNumber(reader.GetDouble()));
            case JsonTokenType.True: return new(CellValue.FromBoolean(true));
            case JsonTokenType.False: return new(CellValue.FromBoolean(false));
            case JsonTokenType.StartObject: return ReadObject(ref reader);
            default:
                reader.Skip();
                return new(CellValue.Empty, JsonValueKind.Array);
        }
    }

    /// <inheritdoc />
    public override CellJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadCell(ref reader);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CellJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var cell = value.Value;
        switch (cell.Kind)
        {
            case CellKind.Text: writer.WriteStringValue(cell.Text); break;
            case CellKind.Number: writer.WriteNumberValue(cell.Number); break;
            case CellKind.Boolean: writer.WriteBooleanValue(cell.Number != 0); break;
            case CellKind.Error:
                writer.WriteStartObject();
                writer.WriteString("error", cell.Text);
                writer.WriteEndObject();
                break;
            default: writer.WriteNullValue(); break;
        }
    }

    // An object with a string "error" ({"error":"#N/A"}) is an error cell; any other object is not a cell value. The
    // object is read to its end either way.
    private static CellJson ReadObject(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        string? error = null;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }
            var isError = reader.ValueTextEquals("error"u8);
            reader.Read();
            if (isError && reader.TokenType == JsonTokenType.String)
            {
                error = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }
        return error is not null ? new(CellValue.FromError(error)) : new(CellValue.Empty, JsonValueKind.Object);
    }
}
