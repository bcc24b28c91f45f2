using Azure.Core;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Tests.Shared.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class GraphCredentialTests
{
    [Fact]
    public async Task Create_WithCredential_SendsItsTokenForTheBaseUrlScopeToGraphOnly()
    {
        await using var server = await FakeGraphServer.StartAsync();
        var eTag = server.AddFile("d", "i", [1, 2, 3]);
        // Kiota sends tokens over plain http only to "localhost", so the fake is addressed by that name.
        var baseUrl = new UriBuilder(server.BaseUrl) { Host = "localhost" }.Uri;
        var credential = new RecordingCredential("token-1");
        using var client = GraphClients.Create(
            new GraphSettings(baseUrl, GraphCredentialKind.ManagedIdentity, maxRetryAfter: TimeSpan.Zero), credential);

        var stored = await new GraphWorkbookSource(client).GetAsync("d/i", CancellationToken.None);

        Assert.Equal(eTag, stored.ETag);
        Assert.Contains(("/v1.0/drives/d/items/i", "Bearer token-1"), server.Authorizations);
        // The fake's download URL names 127.0.0.1, another host than the base URL's: the token must not follow the 302.
        var download = Assert.Single(server.Authorizations, a => a.Path.StartsWith("/download/", StringComparison.Ordinal));
        Assert.Equal("", download.Authorization);
        Assert.All(credential.Scopes, scope => Assert.Equal($"http://localhost:{baseUrl.Port}/.default", scope));
        Assert.NotEmpty(credential.Scopes);
    }

    private sealed class RecordingCredential(string token) : TokenCredential
    {
        private readonly List<string> _scopes = [];

        public IReadOnlyList<string> Scopes
        {
            get
            {
                lock (_scopes)
                {
                    return [.. _scopes];
                }
            }
        }

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (_scopes)
            {
                _scopes.AddRange(requestContext.Scopes);
            }
            return new AccessToken(token, new DateTimeOffset(2099, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
