using System.Text;
using System.Text.RegularExpressions;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The URIs of the Table REST API: keys in addresses and filters are OData string literals (a single quote doubled)
/// and then percent-encoded.
/// </summary>
internal static partial class TableAddress
{
    public static Uri Tables(Uri endpoint) => new($"{Base(endpoint)}/Tables");

    public static Uri Batch(Uri endpoint) => new($"{Base(endpoint)}/$batch");

    public static Uri Table(Uri endpoint, string table) => new($"{Base(endpoint)}/{table}");

    public static Uri Entity(Uri endpoint, string table, string partitionKey, string rowKey) =>
        new($"{Base(endpoint)}/{table}(PartitionKey='{Escape(partitionKey)}',RowKey='{Escape(rowKey)}')");

    public static Uri Query(
        Uri endpoint, string table, string partitionKey, string rowKeyFrom, string rowKeyTo, TableContinuation? next)
    {
        var filter = $"PartitionKey eq {Literal(partitionKey)} and RowKey ge {Literal(rowKeyFrom)} " +
                     $"and RowKey lt {Literal(rowKeyTo)}";
        var uri = new StringBuilder($"{Base(endpoint)}/{table}()?$filter={Uri.EscapeDataString(filter)}");
        if (next is not null)
        {
            uri.Append("&NextPartitionKey=").Append(Uri.EscapeDataString(next.NextPartitionKey));
            if (next.NextRowKey is not null)
            {
                uri.Append("&NextRowKey=").Append(Uri.EscapeDataString(next.NextRowKey));
            }
        }

        return new Uri(uri.ToString());
    }

    /// <summary>Table names: 3 to 63 letters and digits, starting with a letter.</summary>
    /// <exception cref="ArgumentException">The name is not a valid table name.</exception>
    public static string CheckTableName(string table) =>
        table is not null && TableName().IsMatch(table)
            ? table
            : throw new ArgumentException(
                "A table name has 3 to 63 letters and digits and starts with a letter.", nameof(table));

    /// <summary>Keys may not hold '/', '\', '#', '?' or control characters, and are at most 1 KiB.</summary>
    /// <exception cref="ArgumentException">The key is not allowed.</exception>
    public static void CheckKey(string key, string paramName)
    {
        ArgumentNullException.ThrowIfNull(key, paramName);
        if (key.Length > 512 || key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c)))
        {
            throw new ArgumentException(
                "A table key may not contain '/', '\\', '#', '?' or control characters, nor exceed 1 KiB.", paramName);
        }
    }

    private static string Base(Uri endpoint) => endpoint.AbsoluteUri.TrimEnd('/');

    private static string Escape(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));

    private static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableName();
}
