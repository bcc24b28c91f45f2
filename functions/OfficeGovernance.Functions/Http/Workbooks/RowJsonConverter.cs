using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Reads a <see cref="RowJson"/> (<c>{"sheetRow": 2, "cells": [...]}</c>) as the deserializer would (names matched
/// case-insensitively, a number or a numeric string for <c>sheetRow</c>, any other member refused), but with its cells
/// in one exactly sized <see cref="RowCells"/>: a request of a million rows holds a million small arrays of values, not
/// a list and a document per cell (issue 23, finding 2). Used by <see cref="RequestBody"/>; the OpenAPI contract is
/// still made from <see cref="RowJson"/> itself.
/// </summary>
internal sealed class RowJsonConverter : JsonConverter<RowJson>
{
    // A row's cells are read here first, then copied into an array of their exact count; a buffer grown by an
    // unusually wide row is not kept.
    private const int MaxKeptBuffer = 4096;

    [ThreadStatic]
    private static List<CellJson>? buffer;

    /// <inheritdoc />
    public override RowJson? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A row is an object with sheetRow and cells.");
        }
        var sheetRow = 0;
        RowCells? cells = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // The names as the add-in writes them are matched without making a string; other casings as the deserializer would.
            var isSheetRow = reader.ValueTextEquals("sheetRow"u8);
            var isCells = !isSheetRow && reader.ValueTextEquals("cells"u8);
            var name = isSheetRow || isCells ? null : reader.GetString();
            isSheetRow |= string.Equals(name, "sheetRow", StringComparison.OrdinalIgnoreCase);
            isCells |= string.Equals(name, "cells", StringComparison.OrdinalIgnoreCase);
            reader.Read();
            if (isSheetRow)
            {
                sheetRow = SheetRow(ref reader);
            }
            else if (isCells)
            {
                cells = Cells(ref reader);
            }
            else
            {
                // As UnmappedMemberHandling.Disallow does: RequestBody then names every unknown member.
                throw new JsonException($"'{name}' is not a member of a row.");
            }
        }
        return new RowJson(sheetRow, cells);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RowJson value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("sheetRow", value.SheetRow);
        writer.WritePropertyName("cells");
        JsonSerializer.Serialize(writer, value.Cells, options);
        writer.WriteEndObject();
    }

    private static int SheetRow(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
        {
            return number;
        }
        if (reader.TokenType == JsonTokenType.String
            && int.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var text))
        {
            return text;
        }
        throw new JsonException("sheetRow is a whole number.");
    }

    private static RowCells? Cells(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("cells is an array.");
        }
        var read = buffer ??= [];
        read.Clear();
        var valid = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var cell = CellJsonConverter.ReadCell(ref reader);
            valid &= cell.IsValue;
            read.Add(cell);
        }
        var values = new CellValue[read.Count];
        var notValues = valid ? null : new JsonValueKind[read.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = read[i].Value;
            if (notValues is not null)
            {
                notValues[i] = read[i].NotAValue;
            }
        }
        if (read.Capacity > MaxKeptBuffer)
        {
            buffer = null;
        }
        return new RowCells(values, notValues);
    }
}
