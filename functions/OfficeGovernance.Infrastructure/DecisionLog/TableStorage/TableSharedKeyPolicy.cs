using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// Signs each attempt with the Table service's Shared Key scheme: HMAC-SHA256, keyed by the account key, over
/// <c>VERB\nContent-MD5\nContent-Type\nDate\nCanonicalizedResource</c>, where Date is <c>x-ms-date</c> and the
/// canonicalized resource is <c>/account</c> + the request's encoded path (+ <c>?comp=</c> when present). On a
/// path-style endpoint (Azurite) the path already starts with the account, so it appears twice, as the service expects.
/// Runs after <see cref="TableDatePolicy"/>.
/// </summary>
internal sealed class TableSharedKeyPolicy(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        var signature = Sign(StringToSign(request));
        request.Headers.SetValue("Authorization", $"SharedKey {accountName}:{signature}");
    }

    internal string StringToSign(Request request)
    {
        var uri = request.Uri.ToUri();
        var resource = new StringBuilder("/").Append(accountName).Append(uri.AbsolutePath);
        var comp = CompParameter(uri.Query);
        if (comp is not null)
        {
            resource.Append("?comp=").Append(comp);
        }

        return string.Join('\n',
            request.Method.Method.ToUpperInvariant(),
            Header(request, "Content-MD5"),
            Header(request, "Content-Type"),
            Header(request, "x-ms-date"),
            resource.ToString());
    }

    internal string Sign(string stringToSign) =>
        Convert.ToBase64String(HMACSHA256.HashData(accountKey, Encoding.UTF8.GetBytes(stringToSign)));

    private static string Header(Request request, string name) =>
        request.Headers.TryGetValue(name, out var value) ? value : string.Empty;

    private static string? CompParameter(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = equals < 0 ? pair : pair[..equals];
            if (name.Equals("comp", StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(equals < 0 ? string.Empty : pair[(equals + 1)..]);
            }
        }

        return null;
    }
}
