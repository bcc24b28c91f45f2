namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// One FOCUS charge (a row of a FOCUS 1.0-1.3 cost export), with the columns the cost import uses
/// (docs/rules.md#cost-import; FOCUS column names, with 1.3's ServiceProviderName and HostProviderName read as
/// ProviderName
/// and PublisherName). Empty cells (FOCUS's <c>NULL</c>) are null.
/// </summary>
public sealed record FocusCharge
{
    /// <summary>Where the charge is in its file: the CSV record number (the header being 1), or the Parquet row (from 1).</summary>
    public required long SourceRow { get; init; }
    /// <summary>BillingAccountId.</summary>
    public required string BillingAccountId { get; init; }
    /// <summary>ProviderName (ServiceProviderName in FOCUS 1.3), such as AWS or Microsoft.</summary>
    public required string ProviderName { get; init; }
    /// <summary>PublisherName (HostProviderName in FOCUS 1.3); null when empty.</summary>
    public string? PublisherName { get; init; }
    /// <summary>InvoiceIssuerName; null when empty.</summary>
    public string? InvoiceIssuerName { get; init; }
    /// <summary>ChargeCategory (Usage, Purchase, Tax, Credit, Adjustment); null when empty.</summary>
    public string? ChargeCategory { get; init; }
    /// <summary>ChargePeriodStart, in UTC (FOCUS dates are UTC).</summary>
    public required DateTime ChargePeriodStart { get; init; }
    /// <summary>The cost the import was asked for (EffectiveCost or BilledCost), in <see cref="BillingCurrency"/>; negative for a credit.</summary>
    public required decimal Cost { get; init; }
    /// <summary>BillingCurrency, an ISO 4217 code.</summary>
    public required string BillingCurrency { get; init; }
    /// <summary>ServiceCategory, such as "AI and Machine Learning"; null when empty.</summary>
    public string? ServiceCategory { get; init; }
    /// <summary>ServiceName; null when empty.</summary>
    public string? ServiceName { get; init; }
    /// <summary>SubAccountId; null when empty.</summary>
    public string? SubAccountId { get; init; }
    /// <summary>SubAccountName; null when empty.</summary>
    public string? SubAccountName { get; init; }
    /// <summary>ResourceId; null when empty.</summary>
    public string? ResourceId { get; init; }
    /// <summary>Tags, keyed by the trimmed key and compared case-insensitively (a <c>" org"</c> key is <c>org</c>); empty when none.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = NoTags;

    private static readonly IReadOnlyDictionary<string, string> NoTags =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
