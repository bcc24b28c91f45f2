using System.Net;
using Azure.Core;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// Where the Table service is and how to authenticate to it: an account key (Shared Key, from a connection string) or
/// a <see cref="TokenCredential"/> (managed identity). PRODUCT.md section 5: <c>--decision-log</c>,
/// <c>DecisionLog:TableConnection</c> and <c>DecisionLog:TableEndpoint</c>.
/// </summary>
public sealed class TableConnection
{
    /// <summary>The Azurite (development storage) account name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The Azurite account key, published by Microsoft for the emulator (not a secret).</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The Azurite table endpoint (path-style: the account is the first path segment).</summary>
    public static readonly Uri DevelopmentTableEndpoint = new("http://127.0.0.1:10002/devstoreaccount1");

    private TableConnection(Uri tableEndpoint, string? accountName, byte[]? accountKey, TokenCredential? credential)
    {
        TableEndpoint = tableEndpoint;
        AccountName = accountName;
        AccountKey = accountKey;
        Credential = credential;
    }

    /// <summary>
    /// The table service endpoint, such as <c>https://acct.table.core.windows.net</c> or
    /// Azurite's <c>http://127.0.0.1:10002/devstoreaccount1</c>; request paths are appended to it (a host-only endpoint
    /// keeps the single slash <see cref="Uri"/> gives it).
    /// </summary>
    public Uri TableEndpoint { get; }

    /// <summary>The storage account name; null for a token connection.</summary>
    public string? AccountName { get; }

    /// <summary>True when requests are signed with the account key (Shared Key); false for a bearer token.</summary>
    public bool UsesSharedKey => AccountKey is not null;

    /// <summary>The decoded account key; null for a token connection. Never printed.</summary>
    internal byte[]? AccountKey { get; }

    /// <summary>The token credential; null for a Shared Key connection.</summary>
    public TokenCredential? Credential { get; }

    /// <summary>
    /// Parses an Azure Storage connection string: <c>UseDevelopmentStorage=true</c>,
    /// <c>DefaultEndpointsProtocol=..;AccountName=..;AccountKey=..;TableEndpoint=..</c> (path-style Azurite endpoints
    /// included) or <c>DefaultEndpointsProtocol=..;AccountName=..;AccountKey=..;EndpointSuffix=..</c>.
    /// Keys are case-insensitive.
    /// </summary>
    /// <exception cref="ArgumentException">The string is empty, malformed, uses an unsupported form (such as a SAS)
    /// or lacks a needed key; the message names the key and never repeats the account key.</exception>
    public static TableConnection Parse(string connectionString)
    {
        var (endpoint, account, key) = TableConnectionString.Parse(connectionString);
        return new TableConnection(endpoint, account, key, credential: null);
    }

    /// <summary>A connection authenticated with a token credential (scope <c>https://storage.azure.com/.default</c>).</summary>
    /// <param name="tableEndpoint">The absolute table endpoint, such as <c>https://acct.table.core.windows.net</c>.</param>
    /// <param name="credential">The credential, typically a managed identity.</param>
    /// <exception cref="ArgumentException">The endpoint is not an absolute https URI (Azure.Core never sends a bearer
    /// token over plain http).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TableConnection FromTokenCredential(Uri tableEndpoint, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        if (!tableEndpoint.IsAbsoluteUri || tableEndpoint.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("A token-authenticated table endpoint must be an absolute https URI.", nameof(tableEndpoint));
        }

        return new TableConnection(
            TableConnectionString.NormalizeEndpoint(tableEndpoint, "The table endpoint", nameof(tableEndpoint)), null, null, credential);
    }

    /// <summary>The endpoint and authentication mode, never the key.</summary>
    public override string ToString() =>
        UsesSharedKey ? $"{TableEndpoint} (SharedKey {AccountName})" : $"{TableEndpoint} (token)";

    /// <summary>True for a host that storage addresses path-style: an IP address or localhost.</summary>
    internal static bool IsPathStyleHost(Uri endpoint) =>
        IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out _)
        || endpoint.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
}
