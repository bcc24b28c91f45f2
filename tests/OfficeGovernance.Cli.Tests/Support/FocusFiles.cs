using System.Globalization;
using System.IO.Compression;
using System.Text;
using Parquet;
using Parquet.Schema;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>A FOCUS charge as a test writes it: costs in USD unless told, tags as a JSON object text.</summary>
internal sealed record TestCharge(
    string Start, decimal Cost, string? Tags = null, string ServiceCategory = "Compute", string Publisher = "AWS",
    string Currency = "USD", string Account = "1234567890123", string Provider = "AWS", string Service = "Amazon EC2");

/// <summary>
/// Writes FOCUS exports in the columns of each FOCUS version (1.0-1.2 ProviderName and PublisherName; 1.3
/// ServiceProviderName and HostProviderName, plus a column of each version the import does not read) as CSV, gzip CSV
/// or Parquet (costs as decimals, ChargePeriodStart as a timestamp).
/// </summary>
internal static class FocusFiles
{
    private static readonly string[] Common =
    [
        "BillingAccountId", "BillingCurrency", "BilledCost", "EffectiveCost", "ChargeCategory", "ChargePeriodStart", "ChargePeriodEnd",
        "InvoiceIssuerName", "ServiceCategory", "ServiceName", "SubAccountId", "SubAccountName", "ResourceId", "Tags",
    ];

    public static string[] Columns(string version) => version switch
    {
        "1.0" => [.. Common, "ProviderName", "PublisherName"],
        "1.1" => [.. Common, "ProviderName", "PublisherName", "ServiceSubcategory"],
        "1.2" => [.. Common, "ProviderName", "PublisherName", "ServiceSubcategory", "PricingCurrency"],
        "1.3" => [.. Common, "ServiceProviderName", "HostProviderName", "ServiceSubcategory", "PricingCurrency", "ContractApplied"],
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    public static async Task WriteAsync(string path, string version, string format, IReadOnlyList<TestCharge> charges)
    {
        var columns = Columns(version);
        var rows = charges.Select(c => columns.Select(name => Value(name, c)).ToArray()).ToArray();
        if (format == "parquet")
        {
            await WriteParquetAsync(path, columns, rows);
            return;
        }
        var text = new StringBuilder(string.Join(",", columns.Select(Quote))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row.Select(v => v is null ? "NULL" : Quote(v)))).Append('\n');
        }
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        await using var file = File.Create(path);
        if (format == "gz")
        {
            await using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            await gzip.WriteAsync(bytes);
        }
        else
        {
            await file.WriteAsync(bytes);
        }
    }

    private static string? Value(string column, TestCharge c) => column switch
    {
        "BillingAccountId" => c.Account,
        "BillingCurrency" => c.Currency,
        "BilledCost" or "EffectiveCost" => c.Cost.ToString(CultureInfo.InvariantCulture),
        "ChargeCategory" => c.Cost < 0 ? "Credit" : "Usage",
        "ChargePeriodStart" => c.Start,
        "ChargePeriodEnd" => DateTime.Parse(c.Start, CultureInfo.InvariantCulture).AddHours(1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        "InvoiceIssuerName" or "ProviderName" or "ServiceProviderName" => c.Provider,
        "PublisherName" or "HostProviderName" => c.Publisher,
        "ServiceCategory" => c.ServiceCategory,
        "ServiceName" => c.Service,
        "SubAccountId" => "51738928782",
        "SubAccountName" => "Atlas Nimbus",
        "Tags" => c.Tags,
        "PricingCurrency" => c.Currency,
        _ => null,
    };

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task WriteParquetAsync(string path, string[] columns, string?[][] rows)
    {
        var fields = columns.Select(name => name switch
        {
            "BilledCost" or "EffectiveCost" => (DataField)new DataField<decimal?>(name),
            "ChargePeriodStart" => new DataField<DateTime?>(name),
            _ => new DataField<string>(name),
        }).ToArray();
        await using var file = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), file);
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var values = rows.Select(r => r[c]).ToArray();
            switch (columns[c])
            {
                case "BilledCost" or "EffectiveCost":
                    await group.WriteAsync<decimal>(fields[c], values.Select(v => (decimal?)decimal.Parse(v!, CultureInfo.InvariantCulture)).ToArray().AsMemory());
                    break;
                case "ChargePeriodStart":
                    await group.WriteAsync<DateTime>(fields[c], values.Select(v => (DateTime?)DateTime.SpecifyKind(
                        DateTime.Parse(v!, CultureInfo.InvariantCulture), DateTimeKind.Utc)).ToArray().AsMemory());
                    break;
                default:
                    await group.WriteAsync(fields[c], values);
                    break;
            }
        }
    }
}
