using System.Net;

namespace OfficeGovernance.Cli.Serve;

/// <summary>
/// Where <c>serve</c> listens (docs/rules.md#authorization): the <c>--urls</c> given, loopback only, so a development
/// identity can never answer for a request from another machine.
/// </summary>
public static class HostBinding
{
    /// <summary>The address serve listens on when no <c>--urls</c> is given.</summary>
    public const string DefaultUrls = "http://127.0.0.1:7071";

    /// <summary>
    /// True when the server configured by <paramref name="configuration"/> listens on loopback alone: its <c>urls</c>
    /// are all loopback, or none are set and no <c>http_ports</c>/<c>https_ports</c> (which bind every interface)
    /// either, so Kestrel takes its default, localhost.
    /// </summary>
    public static bool IsLoopbackOnly(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            return string.IsNullOrWhiteSpace(configuration["http_ports"]) && string.IsNullOrWhiteSpace(configuration["https_ports"]);
        }
        return IsLoopbackOnly(urls);
    }

    /// <summary>
    /// True when every address in <paramref name="urls"/> (<c>;</c>-separated) is loopback: localhost, 127.0.0.0/8
    /// or [::1]. A development identity is accepted only then.
    /// </summary>
    public static bool IsLoopbackOnly(string? urls)
    {
        if (string.IsNullOrWhiteSpace(urls))
        {
            return false;
        }
        return urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(IsLoopbackUrl);
    }

    /// <summary>True for <c>localhost</c> and loopback addresses (127.0.0.0/8, [::1]): a request Host the development
    /// identity answers (a DNS-rebound name such as <c>attacker.example</c> is not).</summary>
    public static bool IsLoopbackHost(string? host) =>
        !string.IsNullOrEmpty(host)
        && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));

    private static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
            UriKind.Absolute, out var uri) && IsLoopbackHost(uri.Host);
}
