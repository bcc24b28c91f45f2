namespace OfficeGovernance.Functions.Tests.Support;

/// <summary>Sends every request to the same path on a loopback server: Entra ID's https host answered by a local fake.</summary>
public sealed class LoopbackRedirect(Uri server) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = server.Scheme, Host = server.Host, Port = server.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
