using System.Globalization;
using System.Text.Json;
using OfficeGovernance.Domain.CostImport;
using Field = OfficeGovernance.Infrastructure.CostImport.FocusColumns.Field;

namespace OfficeGovernance.Infrastructure.CostImport;

/// <summary>
/// Turns one export row (its fields as text) into a <see cref="FocusCharge"/>: empty cells and the literal
/// <c>NULL</c> are empty; costs are invariant decimals; ChargePeriodStart a UTC date and time (<c>2024-09-18 22:00:00</c>
/// or ISO 8601); Tags a JSON object whose keys are trimmed (<c>" org"</c> is <c>org</c>) and compared case-insensitively,
/// the first of two keys that differ only so winning. A bad value is reported to the aggregator by row and column.
/// </summary>
internal sealed class FocusChargeParser(FocusColumns columns, CostImportAggregator aggregator)
{
    /// <summary>The charge, or null when a problem was reported.</summary>
    /// <param name="field">Gives the text of a header position.</param>
    /// <param name="sourceRow">The record number (CSV, header = 1) or row (Parquet, from 1).</param>
    public FocusCharge? Parse(Func<int, string?> field, long sourceRow)
    {
        string? Text(Field f) => columns.Indexes[(int)f] is var i and >= 0 ? Empty(field(i)) : null;
        var valid = true;
        string Required(Field f)
        {
            if (Text(f) is { } text)
            {
                return text;
            }
            valid = false;
            aggregator.Problem(sourceRow, columns.NameOf(f), $"{columns.NameOf(f)} is empty; FOCUS requires it on every charge");
            return string.Empty;
        }
        var account = Required(Field.BillingAccountId);
        var provider = Required(Field.ProviderName);
        var currency = Required(Field.BillingCurrency);
        var startText = Required(Field.ChargePeriodStart);
        var costText = Required(Field.Cost);
        if (!valid)
        {
            return null;
        }
        if (!DateTime.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start))
        {
            aggregator.Problem(sourceRow, "ChargePeriodStart", $"'{startText}' is not a date and time such as 2024-09-18 22:00:00");
            valid = false;
        }
        if (!decimal.TryParse(costText, NumberStyles.Float, CultureInfo.InvariantCulture, out var cost))
        {
            aggregator.Problem(sourceRow, columns.CostColumn, $"'{costText}' is not a number");
            valid = false;
        }
        var tags = Tags(Text(Field.Tags), sourceRow, ref valid);
        return valid
            ? new FocusCharge
            {
                SourceRow = sourceRow, BillingAccountId = account, ProviderName = provider, BillingCurrency = currency,
                ChargePeriodStart = start, Cost = cost, PublisherName = Text(Field.PublisherName),
                InvoiceIssuerName = Text(Field.InvoiceIssuerName), ChargeCategory = Text(Field.ChargeCategory),
                ServiceCategory = Text(Field.ServiceCategory), ServiceName = Text(Field.ServiceName),
                SubAccountId = Text(Field.SubAccountId), SubAccountName = Text(Field.SubAccountName),
                ResourceId = Text(Field.ResourceId), Tags = tags,
            }
            : null;
    }

    private static string? Empty(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.AsSpan().Trim().Equals("NULL", StringComparison.OrdinalIgnoreCase) ? null : text;

    private Dictionary<string, string> Tags(string? json, long sourceRow, ref bool valid)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (json is null)
        {
            return tags;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("not an object");
            }
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
                tags.TryAdd(property.Name.Trim(), value);
            }
        }
        catch (JsonException)
        {
            aggregator.Problem(sourceRow, "Tags", $"'{(json.Length > 60 ? json[..60] + "…" : json)}' is not a JSON object of tags");
            valid = false;
        }
        return tags;
    }
}
