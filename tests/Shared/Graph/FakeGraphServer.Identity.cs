using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace OfficeGovernance.Tests.Shared.Graph;

/// <summary>
/// The fake's Entra ID side: a token endpoint answering the on-behalf-of exchange with a token naming the user of
/// the assertion, and drive items that answer such a token only for the users granted read on them (404 otherwise,
/// as Graph answers a caller without access).
/// </summary>
public sealed partial class FakeGraphServer
{
    private const string OnBehalfOfPrefix = "obo:";
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> _readers = new();
    private readonly ConcurrentQueue<string> _exchanges = new();

    /// <summary>The users whose tokens were exchanged on their behalf, in order.</summary>
    public IReadOnlyList<string> OnBehalfOfExchanges => [.. _exchanges];

    /// <summary>Lets <paramref name="user"/> read the drive item when Graph is asked on their behalf.</summary>
    public void GrantRead(string driveId, string itemId, string user) =>
        _readers.GetOrAdd(Key(driveId, itemId), _ => new(StringComparer.OrdinalIgnoreCase))[user] = true;

    private bool RefusedOnBehalfOf(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer " + OnBehalfOfPrefix, StringComparison.Ordinal))
        {
            return false;
        }
        var user = header["Bearer ".Length..][OnBehalfOfPrefix.Length..];
        var parts = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 5 || parts[1] != "drives" || parts[3] != "items")
        {
            return false;
        }
        return !(_readers.TryGetValue(Key(parts[2], parts[4]), out var readers) && readers.ContainsKey(user));
    }

    private void MapTokenEndpoint() =>
        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer" || form["requested_token_use"] != "on_behalf_of"
                || string.IsNullOrEmpty(form["client_assertion"]))
            {
                return Results.Json(new { error = "invalid_grant", error_description = "not an on-behalf-of request with a client assertion" }, statusCode: 400);
            }
            var user = UserOf(form["assertion"].ToString());
            _exchanges.Enqueue(user);
            return Results.Json(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["access_token"] = OnBehalfOfPrefix + user,
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["scope"] = form["scope"].ToString(),
            });
        });

    // The assertion is the caller's token for the API; the fake only reads whom it names (Entra ID verifies it).
    private static string UserOf(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        return document.RootElement.GetProperty("preferred_username").GetString()!;
    }
}
