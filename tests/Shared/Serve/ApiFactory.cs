using OfficeGovernance.Tests.Shared.Auth;
using OfficeGovernance.Cli.Serve;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;

namespace OfficeGovernance.Tests.Shared.Serve;

/// <summary>The web host in memory, with a local tenant, and its decision logs and workbooks in a temporary folder.</summary>
public sealed class ApiFactory : WebApplicationFactory<ServeHost>
{
    public ApiFactory()
    {
        Root = Directory.CreateTempSubdirectory("og-api-").FullName;
        Directory.CreateDirectory(WorkbooksDirectory);
    }

    public TestTokens Tokens { get; } = new();

    public string Root { get; }

    public string DecisionsDirectory => Path.Combine(Root, "decisions");

    public string WorkbooksDirectory => Path.Combine(Root, "workbooks");

    /// <summary>Stores the sample portfolio as <paramref name="workbookId"/> in the workbooks folder (once) and returns the id.</summary>
    public string Store(string workbookId)
    {
        var path = Path.Combine(WorkbooksDirectory, workbookId);
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, SampleXlsx.Value);
        }
        return workbookId;
    }

    /// <summary>Stores <paramref name="bytes"/> as <paramref name="workbookId"/> in the workbooks folder (replacing any file) and returns the id.</summary>
    public string Store(string workbookId, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(WorkbooksDirectory, workbookId), bytes);
        return workbookId;
    }

    private static readonly Lazy<byte[]> SampleXlsx = new(SampleTables.Xlsx);

    public HttpClient ClientAs(string user = "cto@example.org")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.Create(user));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Auth:TenantId", TestTokens.TenantId);
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.UseSetting("DecisionLog:Directory", DecisionsDirectory);
        builder.UseSetting("Workbooks:Directory", WorkbooksDirectory);
        builder.ConfigureTestServices(services => services.AddSingleton<IDocumentRetriever>(Tokens));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
