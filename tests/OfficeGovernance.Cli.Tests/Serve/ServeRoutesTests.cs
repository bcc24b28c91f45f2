using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Functions.Api;

namespace OfficeGovernance.Cli.Tests.Serve;

/// <summary>serve answers exactly the routes and methods the Functions app's [HttpTrigger] attributes declare.</summary>
public sealed class ServeRoutesTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Endpoints_AreExactlyTheDeclaredFunctions()
    {
        _ = api.CreateClient();
        var served = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .Order(StringComparer.Ordinal);

        var declared = HttpFunctions.All.SelectMany(f => f.HttpMethods.Select(m => $"{m} {f.Path}")).Order(StringComparer.Ordinal);

        Assert.Equal(declared, served);
    }

    [Theory]
    [InlineData("DELETE", "/api/decisions", HttpStatusCode.MethodNotAllowed)]
    [InlineData("PUT", "/api/review", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("POST", "/WeeklyStatus", HttpStatusCode.NotFound)]
    public async Task Request_UndeclaredRouteOrMethod_IsNotAnswered(string method, string path, HttpStatusCode expected)
    {
        var response = await api.ClientAs().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Health_WithoutToken_AnswersOk()
    {
        var response = await api.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync());
    }
}
