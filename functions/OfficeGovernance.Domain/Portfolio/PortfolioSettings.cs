namespace OfficeGovernance.Domain.Portfolio;

/// <summary>The Settings table (Key, Value rows; docs/rules.md#workbook-contract), with its defaults.</summary>
public sealed record PortfolioSettings
{
    /// <summary>ISO 4217 code of every Money column; default USD.</summary>
    public string Currency { get; init; } = "USD";
    /// <summary>Review cadence; default Weekly.</summary>
    public ReviewCadence ReviewCadence { get; init; } = ReviewCadence.Weekly;
    /// <summary>The accountable leader's email; null when not set.</summary>
    public string? AccountableLeader { get; init; }
    /// <summary>Leadership digest recipients.</summary>
    public IReadOnlyList<string> LeadershipEmails { get; init; } = [];
    /// <summary>Finance digest recipients (docs/rules.md#weekly-status); empty when not set.</summary>
    public IReadOnlyList<string> FinanceEmails { get; init; } = [];
    /// <summary>The mailbox the weekly status is sent from; null when not set.</summary>
    public string? SenderMailbox { get; init; }
    /// <summary>The IANA time zone all workbook dates are in; default UTC.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
    /// <summary>
    /// The GUID that names this workbook's decision log everywhere (docs/rules.md#workbook-binding), so a renamed, moved
    /// or copied file keeps its history; the system writes it once, on its first write into the workbook or import.
    /// Null until then.
    /// </summary>
    public Guid? WorkbookId { get; init; }
    /// <summary>
    /// The FOCUS tag key whose value names an initiative when the workbook has no CostAllocation table
    /// (docs/rules.md#cost-import); matched trimmed and case-insensitively; default <c>initiative</c>.
    /// </summary>
    public string CostTagKey { get; init; } = "initiative";
}
