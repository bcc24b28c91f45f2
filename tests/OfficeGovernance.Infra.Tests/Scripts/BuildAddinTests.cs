using System.Text.Json.Nodes;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Scripts;

/// <summary>infra/scripts/build-addin.sh, the addin service's predeploy hook, on an add-in folder shaped as
/// the add-in's (package.json, manifest.xml with the development origin), with npm and az stood in for.</summary>
public sealed class BuildAddinTests : IDisposable
{
    private const string ApiOrigin = "https://func-api-abc.azurewebsites.net";
    private const string AddinOrigin = "https://stapp-addin-abc.azurestaticapps.net";

    private readonly FakeCliRun _cli = new();
    private readonly string _addin;

    public BuildAddinTests()
    {
        _addin = Path.Combine(_cli.Directory, "addin");
        Directory.CreateDirectory(_addin);
        File.WriteAllText(Path.Combine(_addin, "package.json"), "{ \"scripts\": { \"build\": \"vite build\" } }\n");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "manifest.xml"), Path.Combine(_addin, "manifest.xml"));
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void BuildAddin_Build_GetsTheDeployedApiAndSignInValues()
    {
        var result = Build();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["ci --no-audit --no-fund", "run build"], _cli.Lines("npm.log"));
        var env = _cli.Lines("npm-build-env");
        Assert.Contains($"OG_API_BASE_URL={ApiOrigin}/api", env);
        Assert.Contains($"VITE_OG_API_BASE_URL={ApiOrigin}/api", env);
        Assert.Contains("VITE_OG_API_SCOPE=api://api-id/access_as_user", env);
        Assert.Contains("VITE_OG_CLIENT_ID=addin-id", env);
        Assert.Contains("VITE_OG_AUTHORITY=https://login.microsoftonline.com/tenant-id", env);
    }

    [Fact]
    public void BuildAddin_Output_HoldsTheDeployedManifestAndConfig()
    {
        Build();

        var manifest = File.ReadAllText(Path.Combine(_addin, "dist", "manifest.xml"));
        Assert.Contains($"<SourceLocation DefaultValue=\"{AddinOrigin}/taskpane.html\"/>", manifest, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", manifest, StringComparison.Ordinal);
        Assert.Contains("https://localhost:3000", File.ReadAllText(Path.Combine(_addin, "manifest.xml")), StringComparison.Ordinal);
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(_addin, "dist", "config.json")))!;
        Assert.Equal($"{ApiOrigin}/api", (string?)config["apiBaseUrl"]);
        Assert.Equal("api://api-id/access_as_user", (string?)config["apiScope"]);
        Assert.Equal("addin-id", (string?)config["clientId"]);
    }

    [Fact]
    public void BuildAddin_BuildWithoutOutput_Fails()
    {
        var result = Build(("FAKE_NPM_NO_DIST", "1"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("npm run build wrote no", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildAddin_BeforeConfigureEntra_StopsBeforeBuilding()
    {
        var result = Build(("AZURE_ADDIN_CLIENT_ID", ""));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AZURE_ADDIN_CLIENT_ID is not set in the azd environment: run infra/scripts/configure-entra.sh first",
            result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_cli.Lines("npm.log"));
    }

    private CommandResult Build(params (string Name, string Value)[] overrides)
    {
        var env = new Dictionary<string, string>
        {
            ["ADDIN_PROJECT"] = _addin,
            ["SERVICE_API_URI"] = ApiOrigin,
            ["SERVICE_ADDIN_URI"] = AddinOrigin,
            ["AZURE_API_CLIENT_ID"] = "api-id",
            ["AZURE_ADDIN_CLIENT_ID"] = "addin-id",
            ["AZURE_API_TENANT_ID"] = "tenant-id",
        };
        foreach (var (name, value) in overrides)
        {
            env[name] = value;
        }
        return _cli.Run("build-addin.sh", env);
    }
}
