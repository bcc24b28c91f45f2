using System.Globalization;
using System.Text;
using System.Text.Json;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// A whole <see cref="DecisionEntry"/> as one flat JSON object on one line, camelCase names (the JSON Lines store,
/// and a stored form for Table Storage; docs/rules.md#decision-log): sequence, decisionId, timestamp (UTC, round-trip
/// "O" format), initiativeId, decisionType and riskEffect (workbook labels), whatChanged, why, approvedBy,
/// requestedBy, costEffect and amount (JSON numbers, scale kept), riskNote, month (yyyy-mm), approverSource and
/// idempotencyKey (each only when set), previousHash, hash.
/// </summary>
public static class DecisionLogEntryJson
{
    /// <summary>Serializes an entry to one line of JSON (no line breaks; string line breaks are escaped).</summary>
    public static string Serialize(DecisionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var d = entry.Decision;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("sequence", entry.Sequence);
            w.WriteString("decisionId", d.DecisionId);
            w.WriteString("timestamp", d.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("initiativeId", d.InitiativeId);
            w.WriteString("decisionType", EnumLabels<DecisionType>.Label(d.DecisionType));
            w.WriteString("whatChanged", d.WhatChanged);
            w.WriteString("why", d.Why);
            w.WriteString("approvedBy", d.ApprovedBy);
            w.WriteString("requestedBy", d.RequestedBy);
            w.WriteNumber("costEffect", d.CostEffect);
            w.WriteString("riskEffect", EnumLabels<RiskEffect>.Label(d.RiskEffect));
            w.WriteString("riskNote", d.RiskNote);
            if (d.Amount is { } amount)
            {
                w.WriteNumber("amount", amount);
            }
            else
            {
                w.WriteNull("amount");
            }
            if (d.Month is { } month)
            {
                w.WriteString("month", OverageMonth.Format(month));
            }
            if (d.ApproverSource is { } source)
            {
                w.WriteString("approverSource", EnumLabels<ApproverSource>.Label(source));
            }
            if (d.IdempotencyKey is { } key)
            {
                w.WriteString("idempotencyKey", key);
            }
            w.WriteString("previousHash", entry.PreviousHash);
            w.WriteString("hash", entry.Hash);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses one line written by <see cref="Serialize"/>.</summary>
    /// <exception cref="FormatException">The text is not JSON, or a property is missing or has the wrong type or an
    /// unknown label; the message names the property.</exception>
    public static DecisionEntry Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("Expected a JSON object.");
            }
            var draft = new DecisionDraft
            {
                DecisionId = RequiredString(root, "decisionId"),
                Timestamp = ParseTimestamp(RequiredString(root, "timestamp")),
                InitiativeId = RequiredString(root, "initiativeId"),
                DecisionType = ParseLabel<DecisionType>(root, "decisionType"),
                WhatChanged = RequiredString(root, "whatChanged"),
                Why = RequiredString(root, "why"),
                ApprovedBy = RequiredString(root, "approvedBy"),
                RequestedBy = OptionalString(root, "requestedBy"),
                CostEffect = Property(root, "costEffect").GetDecimal(),
                RiskEffect = ParseLabel<RiskEffect>(root, "riskEffect"),
                RiskNote = OptionalString(root, "riskNote"),
                Amount = Property(root, "amount") is { ValueKind: JsonValueKind.Null } ? null
                    : Property(root, "amount").GetDecimal(),
                Month = OptionalString(root, "month") is { } month ? OverageMonth.Parse(month, "month") : null,
                ApproverSource = root.TryGetProperty("approverSource", out _) ? ParseLabel<ApproverSource>(root, "approverSource") : null,
                IdempotencyKey = OptionalString(root, "idempotencyKey"),
            };
            return new DecisionEntry
            {
                Decision = draft,
                Sequence = Property(root, "sequence").GetInt64(),
                PreviousHash = RequiredString(root, "previousHash"),
                Hash = RequiredString(root, "hash"),
            };
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Not valid JSON: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException($"A property has the wrong JSON type: {ex.Message}", ex);
        }
    }

    private static JsonElement Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : throw new FormatException($"Property '{name}' is missing.");

    private static string RequiredString(JsonElement root, string name) =>
        Property(root, name).GetString() ?? throw new FormatException($"Property '{name}' is null.");

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static TEnum ParseLabel<TEnum>(JsonElement root, string name) where TEnum : struct, Enum =>
        EnumLabels<TEnum>.TryParse(RequiredString(root, name), out var value)
            ? value
            : throw new FormatException($"Property '{name}' has an unknown value '{RequiredString(root, name)}'.");

    private static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new FormatException($"Property 'timestamp' is not a round-trip UTC timestamp: '{text}'.");
}
