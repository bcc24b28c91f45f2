using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the optional Settings table of Key and Value rows (docs/rules.md#workbook-contract). Keys are matched
/// case-insensitively; unknown keys are ignored; a blank Value leaves the default; a key set twice is a problem.
/// </summary>
internal static class SettingsReader
{
    private static readonly int Key = PortfolioSchema.Settings.IndexOf("Key"), Value = PortfolioSchema.Settings.IndexOf("Value");

    public static PortfolioSettings Read(TableReader? reader)
    {
        var settings = new PortfolioSettings();
        if (reader is null)
        {
            return settings;
        }
        if (!reader.Has(Value))
        {
            reader.ReportColumn(Value, "required column is missing");
            return settings;
        }
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.MoveNext())
        {
            var key = reader.Text(Key);
            var spec = key is null ? null : PortfolioSchema.SettingKeys.FirstOrDefault(
                k => k.Name.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (spec is null)
            {
                continue;
            }
            if (!seen.TryAdd(spec.Name, reader.Row))
            {
                reader.Report(Key, $"duplicate key '{key}' (first at row {seen[spec.Name]})");
                continue;
            }
            settings = Apply(reader, settings, spec.Name);
        }
        return settings;
    }

    private static PortfolioSettings Apply(TableReader reader, PortfolioSettings settings, string key) => key switch
    {
        "Currency" => reader.Text(Value) is { } code ? settings with { Currency = Currency(reader, code) } : settings,
        "ReviewCadence" => reader.Enum<ReviewCadence>(Value) is { } cadence ? settings with { ReviewCadence = cadence } : settings,
        "AccountableLeader" => settings with { AccountableLeader = reader.Email(Value) },
        "LeadershipEmails" => settings with { LeadershipEmails = Emails(reader, reader.Text(Value)) },
        "FinanceEmails" => settings with { FinanceEmails = Emails(reader, reader.Text(Value)) },
        "SenderMailbox" => settings with { SenderMailbox = reader.Email(Value) },
        "TimeZone" => reader.Text(Value) is { } id ? settings with { TimeZone = TimeZone(reader, id) } : settings,
        "WorkbookId" => reader.Text(Value) is { } text ? settings with { WorkbookId = WorkbookId(reader, text) } : settings,
        "CostTagKey" => reader.Text(Value) is { } tag ? settings with { CostTagKey = tag.Trim() } : settings,
        _ => throw new InvalidOperationException($"Settings key {key} has no reader."),
    };

    private static string Currency(TableReader reader, string code)
    {
        var upper = code.ToUpperInvariant();
        if (upper.Length == 3 && upper.All(char.IsAsciiLetterUpper))
        {
            if (CurrencyCodes.IsKnown(upper))
            {
                return upper;
            }
            reader.Report(Value, $"Currency '{code}' is not an ISO 4217 currency code such as USD or EUR");
            return new PortfolioSettings().Currency;
        }
        reader.Report(Value, $"Currency '{code}' must be a 3-letter ISO 4217 code such as USD");
        return new PortfolioSettings().Currency;
    }

    private static IReadOnlyList<string> Emails(TableReader reader, string? list)
    {
        if (list is null)
        {
            return [];
        }
        var emails = list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var email in emails.Where(e => !EmailAddress.IsWellFormed(e)))
        {
            reader.Report(Value, $"'{email}' is not an email address");
        }
        return emails;
    }

    private static Guid? WorkbookId(TableReader reader, string text)
    {
        if (Guid.TryParseExact(text, "D", out var id) && id != Guid.Empty)
        {
            return id;
        }
        // Never replaced silently: a new id would open an empty log and hide every decision logged under the old one.
        reader.Report(Value, $"WorkbookId '{text}' is not the GUID the system wrote (such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301); "
            + "restore it from an earlier copy of the workbook");
        return null;
    }

    private static TimeZoneInfo TimeZone(TableReader reader, string id)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }
        reader.Report(Value, $"'{id}' is not a known IANA time zone id such as Europe/Paris");
        return TimeZoneInfo.Utc;
    }
}
