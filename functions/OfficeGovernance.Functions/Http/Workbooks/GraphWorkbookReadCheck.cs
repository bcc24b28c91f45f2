using System.Net.Http.Headers;
using System.Net;
using Azure.Core;
using Microsoft.Extensions.Caching.Memory;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Infrastructure.Graph;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Workbooks in OneDrive or SharePoint (<c>Workbooks:Store Graph</c>): Graph is asked, on behalf of the caller, for
/// the drive item (<c>GET /drives/{driveId}/items/{itemId}?$select=id</c>); 200 means they can read it, 403 or 404
/// that they cannot. Answers are cached for <see cref="CacheFor"/> per caller and item, so a page of the add-in costs
/// one Graph request, and a revoked share is honoured within that time.
/// </summary>
public sealed class GraphWorkbookReadCheck(GraphSettings graph, OnBehalfOf onBehalfOf, IMemoryCache cache, IHttpClientFactory http)
    : IWorkbookReadCheck
{
    /// <summary>How long one answer is reused.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(2);

    /// <summary>The named HttpClient of the checks.</summary>
    public const string ClientName = "graph-read-check";

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The caller has no access token (the development identity).</exception>
    /// <exception cref="HttpRequestException">Graph answered something other than 200, 403 or 404 (401 included: the on-behalf-of token was refused).</exception>
    public async Task<bool> CanReadAsync(WorkbookCaller caller, string workbookId, CancellationToken cancellationToken)
    {
        if (!WorkbookId.TrySplitDriveItem(workbookId, out var driveId, out var itemId))
        {
            return false;
        }
        var key = (caller.Name.ToLowerInvariant(), workbookId);
        if (cache.TryGetValue(key, out bool known))
        {
            return known;
        }
        var token = caller.AccessToken ?? throw new InvalidOperationException(
            "Workbooks:Store Graph asks Graph on behalf of the caller, which needs the caller's access token; the development identity has none.");
        var graphToken = await onBehalfOf.For(token).GetTokenAsync(new TokenRequestContext([Scope()]), cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{graph.BaseUrl.AbsoluteUri.TrimEnd('/')}/drives/{Uri.EscapeDataString(driveId)}/items/{Uri.EscapeDataString(itemId)}?$select=id");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", graphToken.Token);
        using var response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
        var readable = response.StatusCode switch
        {
            HttpStatusCode.OK => true,
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => false,
            _ => throw new HttpRequestException(
                $"Graph answered {(int)response.StatusCode} for drive item {workbookId} on behalf of {caller.Name}.", null, response.StatusCode),
        };
        cache.Set(key, readable, CacheFor);
        return readable;
    }

    // Graph's resource is its host; a loopback fake is asked for Graph's own scope.
    private string Scope() => graph.BaseUrl.IsLoopback ? "https://graph.microsoft.com/.default" : $"https://{graph.BaseUrl.Host}/.default";
}
