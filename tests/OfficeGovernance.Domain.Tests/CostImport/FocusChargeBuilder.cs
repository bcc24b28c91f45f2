using OfficeGovernance.Domain.CostImport;

namespace OfficeGovernance.Domain.Tests.CostImport;

/// <summary>FOCUS charges for the cost import's rules: an AWS compute charge of 10 USD on 2024-09-18 unless told.</summary>
internal static class FocusChargeBuilder
{
    private static long _row = 1;

    public static FocusCharge Charge(
        decimal cost = 10m, string? tags = null, string provider = "AWS", string account = "1234567890123",
        string start = "2024-09-18T22:00:00Z", string currency = "USD", string? serviceCategory = "Compute",
        string? service = "Amazon Elastic Compute Cloud", string? subAccountId = "51738928782", string? subAccountName = "Atlas Nimbus",
        string? resourceId = null, string? publisher = null, string? invoiceIssuer = null) => new()
        {
            SourceRow = Interlocked.Increment(ref _row),
            BillingAccountId = account,
            ProviderName = provider,
            PublisherName = publisher ?? provider,
            InvoiceIssuerName = invoiceIssuer ?? provider,
            ChargePeriodStart = DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal),
            Cost = cost,
            BillingCurrency = currency,
            ServiceCategory = serviceCategory,
            ServiceName = service,
            SubAccountId = subAccountId,
            SubAccountName = subAccountName,
            ResourceId = resourceId,
            Tags = Tags(tags),
        };

    // "key=value;key=value", keys trimmed as the reader trims them.
    private static Dictionary<string, string> Tags(string? tags)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in (tags ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            result.TryAdd(parts[0].Trim(), parts[1]);
        }
        return result;
    }
}
