using Microsoft.AspNetCore.Http;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Http.Auth;

/// <summary>The worker middleware with real tokens of a local tenant: only a valid token for this API reaches a function.</summary>
public sealed class FunctionAuthenticationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly FunctionsHost _host = new(overrides: services =>
        Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<TimeProvider>(services, new FakeTimeProvider(Now)));

    public static TheoryData<string> BadTokens => new() { "missing", "expired", "forged", "wrong-audience", "no-scope", "not-bearer", "garbage" };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Invoke_BadToken_Answers401ProblemAndNeverRunsTheFunction(string kind)
    {
        var http = Request(kind switch
        {
            "missing" => null,
            "expired" => "Bearer " + _host.Tokens.Create(expiresIn: TimeSpan.FromMinutes(-10), now: Now),
            "forged" => "Bearer " + _host.Tokens.Create(forged: true, now: Now),
            "wrong-audience" => "Bearer " + _host.Tokens.Create(audience: "api://someone-else", now: Now),
            "no-scope" => "Bearer " + _host.Tokens.Create(scope: "", now: Now),
            "not-bearer" => "Basic dXNlcjpwYXNz",
            _ => "Bearer not.a.jwt",
        });
        var ran = false;

        await new FunctionAuthentication().Invoke(new FakeFunctionContext("Decide", http, _host.Services), _ => { ran = true; return Task.CompletedTask; });

        Assert.False(ran);
        var answer = await Answer.Of(http);
        Assert.Equal(401, answer.Status);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        Assert.Equal(401, answer.Body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Invoke_ValidToken_RunsTheFunctionAsTheTokensUser()
    {
        var http = Request("Bearer " + _host.Tokens.Create("ann@example.org", now: Now));
        string? caller = null;

        await new FunctionAuthentication().Invoke(new FakeFunctionContext("Decide", http, _host.Services),
            _ => { caller = CallerIdentity.NameOf(http.User); return Task.CompletedTask; });

        Assert.Equal("ann@example.org", caller);
    }

    [Theory]
    [InlineData("Health")]
    [InlineData("OpenApi")]
    public async Task Invoke_AnonymousFunctionWithoutToken_Runs(string function)
    {
        var http = Request(null);
        var ran = false;

        await new FunctionAuthentication().Invoke(new FakeFunctionContext(function, http, _host.Services), _ => { ran = true; return Task.CompletedTask; });

        Assert.True(ran);
    }

    [Fact]
    public async Task Invoke_TimerFunction_PassesThrough()
    {
        var ran = false;

        await new FunctionAuthentication().Invoke(new FakeFunctionContext("WeeklyStatus", null, _host.Services), _ => { ran = true; return Task.CompletedTask; });

        Assert.True(ran);
    }

    [Fact]
    public async Task Invoke_BodyOverTheCap_Answers413Unread()
    {
        var http = Request("Bearer " + _host.Tokens.Create(now: Now));
        http.Request.ContentLength = 50L * 1024 * 1024 + 1;
        var ran = false;

        await new FunctionAuthentication().Invoke(new FakeFunctionContext("Review", http, _host.Services), _ => { ran = true; return Task.CompletedTask; });

        Assert.False(ran);
        Assert.Equal(413, (await Answer.Of(http)).Status);
    }

    public void Dispose() => _host.Dispose();

    private HttpContext Request(string? authorization)
    {
        var context = new DefaultHttpContext { RequestServices = _host.Services };
        context.Request.Method = "POST";
        context.Request.Path = "/api/decisions";
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }
        context.Response.Body = new MemoryStream();
        return context;
    }
}
