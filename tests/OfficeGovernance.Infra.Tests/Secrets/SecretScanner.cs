using System.Text.RegularExpressions;

namespace OfficeGovernance.Infra.Tests.Secrets;

/// <summary>
/// Finds what gives away a key or secret in deployment files: storage and Service Bus keys and SAS tokens,
/// connection strings that carry a key, ARM list* calls that read keys at deployment, app passwords, private keys.
/// </summary>
public static partial class SecretScanner
{
    public static IReadOnlyList<string> Find(string text) =>
        Pattern().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(
        @"AccountKey\s*=|SharedAccessSignature|SharedAccessKey|InstrumentationKey\s*=|DefaultEndpointsProtocol\s*=" +
        @"|[?&]sig=|\blist(Keys|Secrets|AccountSas|ServiceSas|ConnectionStrings|Credentials)\s*\(" +
        @"|passwordCredentials|client_?secret\b|credential\s+reset|--password\b" +
        @"|-----BEGIN [A-Z ]*PRIVATE KEY-----|[A-Za-z0-9+/]{86}==",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
