using Azure.Core;
using Azure.Data.Tables;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The one place Table Storage clients are made (docs/rules.md#command-line: <c>--decision-log</c>,
/// <c>DecisionLog:TableConnection</c>, <c>DecisionLog:TableEndpoint</c>): from an Azure Storage connection string
/// (parsed by Azure.Data.Tables) or from an https endpoint and a <see cref="TokenCredential"/> (managed identity, never
/// a key). Every client gets <see cref="DefaultOptions"/> unless the caller passes its own.
/// </summary>
public static class TableStorageClients
{
    /// <summary>
    /// Retries of Azure.Core (exponential; 408, 429, 500, 502, 503, 504, timeouts and lost connections are retried;
    /// 404, 409 and 412 are answers): 4 retries, a first delay of 0.5 s doubling up to 8 s, and a 30 s network timeout
    /// per attempt. Tests shorten the delays on the object returned.
    /// </summary>
    public static TableClientOptions DefaultOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 4;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(8);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        options.Diagnostics.IsLoggingContentEnabled = false;
        return options;
    }

    /// <summary>
    /// A client for an Azure Storage connection string: <c>UseDevelopmentStorage=true</c> (Azurite),
    /// <c>DefaultEndpointsProtocol=..;AccountName=..;AccountKey=..;TableEndpoint=..</c> (Azurite's path-style endpoints
    /// included) or <c>..;EndpointSuffix=..</c>.
    /// </summary>
    /// <param name="connectionString">The connection string.</param>
    /// <param name="options">Retries and transport; null for <see cref="DefaultOptions"/>.</param>
    /// <exception cref="ArgumentException">The string is empty or not a connection string the Table service accepts;
    /// the message never repeats the string, which may hold the account key.</exception>
    public static TableServiceClient Create(string connectionString, TableClientOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The table connection string is empty.", nameof(connectionString));
        }
        try
        {
            return new TableServiceClient(connectionString.Trim(), options ?? DefaultOptions());
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException
                                       or UriFormatException or KeyNotFoundException)
        {
            // The SDK's own message can quote parts of the string; only its type is passed on.
            throw new ArgumentException(
                "The table connection string is malformed: use UseDevelopmentStorage=true or " +
                $"DefaultEndpointsProtocol, AccountName, AccountKey and TableEndpoint or EndpointSuffix ({ex.GetType().Name}).",
                nameof(connectionString));
        }
    }

    /// <summary>A client for an https table endpoint reached with a token (scope <c>https://storage.azure.com/.default</c>).</summary>
    /// <param name="endpoint">The absolute https endpoint, such as <c>https://acct.table.core.windows.net</c>.</param>
    /// <param name="credential">The credential, typically the app's managed identity.</param>
    /// <param name="options">Retries and transport; null for <see cref="DefaultOptions"/>.</param>
    /// <exception cref="ArgumentException">The endpoint is not an absolute https URI (a bearer token never goes over
    /// plain http).</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TableServiceClient Create(Uri endpoint, TokenCredential credential, TableClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"The table endpoint '{endpoint}' must be an absolute https URI.", nameof(endpoint));
        }
        return new TableServiceClient(new Uri(endpoint.GetLeftPart(UriPartial.Path)), credential, options ?? DefaultOptions());
    }

    /// <summary>
    /// <see cref="Create(Uri, TokenCredential, TableClientOptions?)"/> of a setting's text, such as
    /// <c>DecisionLog:TableEndpoint</c>.
    /// </summary>
    /// <param name="endpoint">The endpoint as configured.</param>
    /// <param name="credential">The credential, typically the app's managed identity.</param>
    /// <param name="options">Retries and transport; null for <see cref="DefaultOptions"/>.</param>
    /// <exception cref="ArgumentException">The text is not an absolute https URI.</exception>
    public static TableServiceClient Create(string endpoint, TokenCredential credential, TableClientOptions? options = null) =>
        Uri.TryCreate(endpoint?.Trim(), UriKind.Absolute, out var uri)
            ? Create(uri, credential, options)
            : throw new ArgumentException($"The table endpoint '{endpoint}' is not an absolute URI.", nameof(endpoint));
}
