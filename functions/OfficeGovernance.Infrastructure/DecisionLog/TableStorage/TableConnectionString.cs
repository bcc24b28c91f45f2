namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The parsing rules of Azure Storage connection strings, as far as the Table service needs them. Errors name the
/// missing or bad key and never echo values, since a value may be the account key.
/// </summary>
internal static class TableConnectionString
{
    private const string Param = "connectionString";

    public static (Uri Endpoint, string AccountName, byte[] AccountKey) Parse(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The table connection string is empty.", Param);
        }

        var settings = Split(connectionString);
        if (settings.TryGetValue("UseDevelopmentStorage", out var dev))
        {
            if (!dev.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("UseDevelopmentStorage must be 'true' when present.", Param);
            }

            return (TableConnection.DevelopmentTableEndpoint, TableConnection.DevelopmentAccountName,
                Convert.FromBase64String(TableConnection.DevelopmentAccountKey));
        }

        if (settings.ContainsKey("SharedAccessSignature"))
        {
            throw new ArgumentException(
                "SharedAccessSignature connection strings are not supported; use AccountKey or a managed identity.", Param);
        }

        var key = DecodeKey(Required(settings, "AccountKey"));
        if (settings.TryGetValue("TableEndpoint", out var tableEndpoint))
        {
            var endpoint = NormalizeEndpoint(ParseUri(tableEndpoint, "TableEndpoint"), "TableEndpoint", Param);
            var account = settings.TryGetValue("AccountName", out var name) ? name : AccountFromEndpoint(endpoint);
            return (endpoint, account, key);
        }

        var accountName = Required(settings, "AccountName");
        var protocol = settings.TryGetValue("DefaultEndpointsProtocol", out var p) ? p.ToLowerInvariant() : "https";
        if (protocol is not ("http" or "https"))
        {
            throw new ArgumentException("DefaultEndpointsProtocol must be http or https.", Param);
        }

        var suffix = settings.TryGetValue("EndpointSuffix", out var s) ? s.Trim('.') : "core.windows.net";
        var built = ParseUri($"{protocol}://{accountName}.table.{suffix}", "AccountName/EndpointSuffix");
        return (NormalizeEndpoint(built, "The table endpoint", Param), accountName, key);
    }

    /// <summary>The endpoint without a trailing slash, query or fragment.</summary>
    public static Uri NormalizeEndpoint(Uri endpoint, string what, string paramName)
    {
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"{what} must be an absolute http or https URI.", paramName);
        }

        return new Uri(endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var segments = connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var equals = segments[i].IndexOf('=');
            if (equals <= 0)
            {
                throw new ArgumentException(
                    $"Connection string segment {i + 1} is not of the form Key=Value.", Param);
            }

            var name = segments[i][..equals].Trim();
            if (!settings.TryAdd(name, segments[i][(equals + 1)..].Trim()))
            {
                throw new ArgumentException($"The connection string gives {name} twice.", Param);
            }
        }

        return settings;
    }

    private static string Required(Dictionary<string, string> settings, string name) =>
        settings.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentException($"The connection string lacks {name}.", Param);

    private static byte[] DecodeKey(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written)
            ? buffer[..written]
            : throw new ArgumentException("AccountKey is not valid base64.", Param);
    }

    private static Uri ParseUri(string value, string name) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException($"{name} is not an absolute URI.", Param);

    /// <summary>
    /// The account of an endpoint given without AccountName: the first path segment of a path-style (IP or
    /// localhost) endpoint, else the first label of the host (<c>acct.table.core.windows.net</c>).
    /// </summary>
    private static string AccountFromEndpoint(Uri endpoint)
    {
        var account = TableConnection.IsPathStyleHost(endpoint)
            ? endpoint.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            : endpoint.Host.Split('.')[0];
        return string.IsNullOrEmpty(account)
            ? throw new ArgumentException("The connection string lacks AccountName.", Param)
            : account;
    }
}
