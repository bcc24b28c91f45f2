using OfficeGovernance.Cli.Serve;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace OfficeGovernance.Functions.Tests.Api;

public sealed class StartupTests
{
    [Fact]
    public void Start_WithoutTenantOrDevelopmentIdentity_FailsNamingTheSetting()
    {
        using var factory = new WebApplicationFactory<ServeHost>().WithWebHostBuilder(b => b.UseSetting("Auth:Audience", "api://x"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Auth:TenantId", error.Message);
    }

    [Theory]
    [InlineData("WeeklyStatus:Schedule", "0 7 * * Mon", "WeeklyStatus:Schedule")]
    [InlineData("WeeklyStatus:MaxAttempts", "0", "WeeklyStatus:MaxAttempts")]
    [InlineData("WeeklyStatus:Workbooks", "a.xlsx;../b.xlsx", "WeeklyStatus:Workbooks")]
    [InlineData("WeeklyStatus:Schedule", "0 0 99 * * Mon", "WeeklyStatus:Schedule")]
    [InlineData("Workbooks:Store", "Graph", "Table Storage")]
    [InlineData("Workbooks:Store", "Graph", "Auth:ClientId")]
    [InlineData("Auth:Instance", "http://login.example.org/", "Auth:Instance")]
    [InlineData("Graph:Credential", "None", "loopback")]
    [InlineData("Graph:Credential", "Password", "Graph:Credential")]
    [InlineData("Graph:BaseUrl", "http://graph.example.org/v1.0", "https")]
    public void Start_BadWeeklyOrGraphSetting_FailsNamingIt(string setting, string value, string expected)
    {
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b.UseSetting(setting, value));

        var error = Record.Exception(() => factory.CreateClient());

        // Several invalid settings fail together, as one OptionsValidationException each.
        var failures = error is AggregateException many ? many.InnerExceptions : [error!];
        Assert.All(failures, f => Assert.IsType<OptionsValidationException>(f));
        Assert.Contains(failures, f => f.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Start_DevelopmentIdentityOnAllInterfaces_Fails()
    {
        using var factory = new WebApplicationFactory<ServeHost>().WithWebHostBuilder(b => b
            .UseSetting("Auth:DevelopmentIdentity", "cto@example.org")
            .UseSetting("urls", "http://0.0.0.0:7071"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("loopback", error.Message);
    }

    [Fact]
    public async Task Request_DevelopmentIdentityOnLoopback_ActsAsThatPerson()
    {
        using var api = new ApiFactory();
        using var factory = api.WithWebHostBuilder(b => b
            .UseSetting("Auth:DevelopmentIdentity", "cto@example.org")
            .UseSetting("urls", "http://127.0.0.1:7071"));
        var body = new System.Text.Json.Nodes.JsonObject
        {
            ["workbookId"] = api.Store("dev.xlsx"), ["initiativeId"] = "DOC-0228",
            ["type"] = "Continue", ["why"] = "on target",
        };

        var response = await factory.CreateClient().PostAsJsonAsync("/api/decisions", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("cto@example.org", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("approvedBy").GetString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:7071", true)]
    [InlineData("http://localhost:7071;http://[::1]:7072", true)]
    [InlineData("http://0.0.0.0:7071", false)]
    [InlineData("http://127.0.0.1:7071;http://*:80", false)]
    [InlineData("", false)]
    public void IsLoopbackOnly_Urls_TellsLoopbackFromOthers(string urls, bool expected)
    {
        Assert.Equal(expected, HostBinding.IsLoopbackOnly(urls));
    }
}
