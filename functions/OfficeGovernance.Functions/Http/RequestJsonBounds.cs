using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// Checks a JSON body against <see cref="RequestBoundsOptions"/> before anything is deserialized, in forward passes
/// that allocate nothing per row: its depth, then the rows per table and the cells of all its top-level
/// <c>tables</c> (the review and finance report bodies). The first bound passed is the answer and the scan stops there,
/// so a body of a million rows costs one pass up to the limit, never a model of its rows or a problem per row.
/// </summary>
public static class RequestJsonBounds
{
    /// <summary>The 400 problem naming the bound passed and its setting, or null when the body is within every bound or is not valid JSON (the deserializer names that).</summary>
    public static ProblemHttpResult? Problem(ReadOnlySpan<byte> body, RequestBoundsOptions bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        // One more than the bound, so that the reader's own refusal never comes first and the problem names the setting.
        var options = new JsonReaderOptions { MaxDepth = bounds.MaxJsonDepth + 1 };
        try
        {
            var reader = new Utf8JsonReader(body, options);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= bounds.MaxJsonDepth)
                {
                    return ApiProblems.Field("body", $"nests deeper than {bounds.MaxJsonDepth} levels, the limit (the setting Http:MaxJsonDepth); nothing was done.");
                }
            }
            reader = new Utf8JsonReader(body, options);
            return Tables(ref reader, bounds);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProblemHttpResult? Tables(ref Utf8JsonReader reader, RequestBoundsOptions bounds)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        var cells = 0L;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTables = Is(ref reader, "tables");
            reader.Read();
            if (!isTables || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }
            for (var table = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; table++)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }
                string? name = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (isName, isRows) = (Is(ref reader, "name"), Is(ref reader, "rows"));
                    reader.Read();
                    if (isName && reader.TokenType == JsonTokenType.String)
                    {
                        name = reader.GetString();
                    }
                    else if (isRows && reader.TokenType == JsonTokenType.StartArray
                             && Rows(ref reader, bounds, ref cells) is { } passed)
                    {
                        var label = name is { Length: > 0 } ? $"tables[{table}] ({name})" : $"tables[{table}]";
                        return ApiProblems.Field(label, passed);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
        }
        return null;
    }

    /// <summary>Counts the rows of one table and the cells so far; the message of the bound passed, else null with the reader at the rows' end.</summary>
    private static string? Rows(ref Utf8JsonReader reader, RequestBoundsOptions bounds, ref long cells)
    {
        for (var rows = 1L; reader.Read() && reader.TokenType != JsonTokenType.EndArray; rows++)
        {
            if (rows > bounds.MaxTableRows)
            {
                return $"has more than {bounds.MaxTableRows} rows, the limit of one table (the setting Http:MaxTableRows); nothing was done.";
            }
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCells = Is(ref reader, "cells");
                reader.Read();
                if (!isCells || reader.TokenType != JsonTokenType.StartArray)
                {
                    reader.Skip();
                    continue;
                }
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (++cells > bounds.MaxRequestCells)
                    {
                        return $"brings the request past {bounds.MaxRequestCells} cells, the limit of one request (the setting Http:MaxRequestCells); nothing was done.";
                    }
                    reader.Skip();
                }
            }
        }
        return null;
    }

    // Names match as the deserializer matches them (JsonSerializerDefaults.Web: case-insensitive).
    private static bool Is(ref Utf8JsonReader reader, string name) =>
        string.Equals(reader.GetString(), name, StringComparison.OrdinalIgnoreCase);
}
