using System.Net;
using Azure.Identity;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using OfficeGovernance.Infrastructure.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class GraphClientsTests
{
    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.PreconditionFailed, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void RetryOption_Status_RetriesOnlyThrottlingAndUnavailable(HttpStatusCode status, bool retried)
    {
        var option = GraphClients.RetryOption(new GraphSettings(maxRetry: 4));
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, option.ShouldRetry(3, 1, response));
        Assert.Equal(4, option.MaxRetry);
    }

    [Fact]
    public void Middleware_Default_RetryHandlerThenTheRetryAfterCapThenRedirects()
    {
        var handlers = GraphClients.Middleware(new GraphSettings(), TimeProvider.System);

        var retry = handlers.ToList().FindIndex(h => h is RetryHandler);
        Assert.IsType<RetryAfterCap>(handlers[retry + 1]);
        Assert.True(handlers.ToList().FindIndex(h => h is RedirectHandler) > retry);
        Assert.Single(handlers, h => h is RetryHandler);
    }

    [Fact]
    public void Create_NoneWithACredential_ThrowsArgumentException()
    {
        var settings = new GraphSettings(new Uri("http://127.0.0.1:1/v1.0"), GraphCredentialKind.None);

        Assert.Throws<ArgumentException>(() => GraphClients.Create(settings, new DefaultAzureCredential()));
    }

    [Fact]
    public void Create_ManagedIdentity_UsesTheConfiguredBaseUrl()
    {
        var settings = new GraphSettings(new Uri("https://graph.microsoft.us/v1.0"), GraphCredentialKind.ManagedIdentity);

        using var client = GraphClients.Create(settings);

        Assert.Equal("https://graph.microsoft.us/v1.0", client.RequestAdapter.BaseUrl);
    }
}
