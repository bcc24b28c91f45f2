using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using OfficeGovernance.Tests.Shared.Auth;

namespace OfficeGovernance.Functions.Tests.Support;

/// <summary>
/// The Functions app's services as the worker builds them (<c>AddOfficeGovernanceApi</c> with the development
/// identity refused), from in-memory settings and a local tenant, with workbooks, logs and the outbox in a temporary
/// folder. Function classes are activated from it the way the worker activates them.
/// </summary>
public sealed class FunctionsHost : IDisposable
{
    private readonly ServiceProvider _services;

    public FunctionsHost(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? overrides = null)
    {
        Root = Directory.CreateTempSubdirectory("og-functions-").FullName;
        Directory.CreateDirectory(WorkbooksDirectory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:TenantId"] = TestTokens.TenantId,
            ["Auth:Audience"] = TestTokens.Audience,
            ["DecisionLog:Directory"] = Path.Combine(Root, "decisions"),
            ["Workbooks:Directory"] = WorkbooksDirectory,
            ["WeeklyStatus:Outbox"] = OutboxDirectory,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOfficeGovernanceApi(configuration, developmentIdentityAllowed: false);
        services.AddSingleton<IDocumentRetriever>(Tokens);
        overrides?.Invoke(services);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public TestTokens Tokens { get; } = new();

    public string Root { get; }

    public string WorkbooksDirectory => Path.Combine(Root, "workbooks");

    public string OutboxDirectory => Path.Combine(Root, "outbox");

    public IServiceProvider Services => _services;

    /// <summary>A function class, activated with its constructor's services.</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(_services);

    /// <summary>Stores <paramref name="content"/> (the committed sample when null) as <paramref name="workbookId"/> in the workbooks folder.</summary>
    public string Store(string workbookId, byte[]? content = null)
    {
        File.WriteAllBytes(Path.Combine(WorkbooksDirectory, workbookId), content ?? Sample.Bytes);
        return workbookId;
    }

    /// <summary>A request as the worker hands it to a function: this host's services, the caller already authenticated by the middleware.</summary>
    public HttpRequest Request(string method, string pathAndQuery, string? caller = "cto@example.org", string? json = null)
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        context.Request.Method = method;
        context.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        context.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
        if (json is not null)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(json);
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = bytes.Length;
            context.Request.Body = new MemoryStream(bytes);
        }
        if (caller is not null)
        {
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new System.Security.Claims.Claim("preferred_username", caller)], "Bearer", "preferred_username", "roles"));
        }
        context.Response.Body = new MemoryStream();
        return context.Request;
    }

    public void Dispose()
    {
        _services.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
