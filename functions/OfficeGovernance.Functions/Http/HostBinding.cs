using System.Globalization;
using System.Net;

namespace OfficeGovernance.Functions.Http;

/// <summary>
/// Where the web host listens: 127.0.0.1 on <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> under the Azure Functions host,
/// else the <c>--urls</c> given (PRODUCT.md section 5), with request bodies capped at <see cref="MaxRequestBodyBytes"/>.
/// </summary>
public static class HostBinding
{
    /// <summary>The setting the Functions host passes the custom handler's port in.</summary>
    public const string PortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    /// <summary>The largest request body accepted: 50 MB (issue #5); larger ones get 413 before they are read.</summary>
    public const long MaxRequestBodyBytes = 50L * 1024 * 1024;

    /// <summary>Binds Kestrel to loopback on the custom handler port when it is set, and caps request bodies.</summary>
    /// <exception cref="InvalidOperationException">The port setting is not a port number.</exception>
    public static IWebHostBuilder UseOfficeGovernanceKestrel(this IWebHostBuilder builder, IConfiguration configuration)
    {
        var port = configuration[PortVariable];
        return builder.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            if (!string.IsNullOrWhiteSpace(port))
            {
                kestrel.Listen(IPAddress.Loopback, ParsePort(port));
            }
        });
    }

    /// <summary>
    /// True when every address the server listens on is loopback: the custom handler port, or <c>urls</c> naming
    /// only localhost, 127.0.0.0/8 or [::1]. A development identity is accepted only then.
    /// </summary>
    public static bool IsLoopbackOnly(IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[PortVariable]))
        {
            return true;
        }
        var urls = configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            return false;
        }
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopbackUrl);
    }

    private static bool IsLoopbackUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"{PortVariable}: '{value}' is not a port number.");
}
