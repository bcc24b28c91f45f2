using System.Xml.Linq;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Scripts;

/// <summary>infra/scripts/write-manifest.sh, which the add-in's predeploy hook runs on the built manifest.</summary>
public sealed class WriteManifestTests : IDisposable
{
    private const string DevOrigin = "https://localhost:3000";
    private const string Origin = "https://stapp-addin-abc.azurestaticapps.net";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("og-manifest-");
    private readonly string _source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "manifest.xml");

    private string Target => Path.Combine(_dir.FullName, "dist", "manifest.xml");

    public WriteManifestTests() => Directory.CreateDirectory(Path.GetDirectoryName(Target)!);

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void WriteManifest_DevelopmentOrigin_IsReplacedEverywhereByTheDeployedOne()
    {
        var result = Run(_source, DevOrigin, Origin);

        Assert.True(result.ExitCode == 0, result.ToString());
        var written = File.ReadAllText(Target);
        Assert.DoesNotContain("localhost", written, StringComparison.Ordinal);
        var urls = XDocument.Parse(written).Descendants()
            .SelectMany(e => e.Attributes("DefaultValue").Select(a => a.Value).Append(e.Name.LocalName == "AppDomain" ? e.Value : ""))
            .Where(v => v.Contains("://", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, urls.Length);
        Assert.All(urls, url => Assert.StartsWith(Origin, url, StringComparison.Ordinal));
        Assert.Contains($"{Origin}/taskpane.html", urls);
    }

    [Fact]
    public void WriteManifest_Source_IsLeftAsItWas()
    {
        var before = File.ReadAllBytes(_source);

        Run(_source, DevOrigin, Origin);

        Assert.Equal(before, File.ReadAllBytes(_source));
    }

    [Fact]
    public void WriteManifest_Manifest_ChangesNothingButTheOrigin()
    {
        Run(_source, DevOrigin, Origin);

        Assert.Equal(File.ReadAllText(_source).Replace(DevOrigin, Origin, StringComparison.Ordinal), File.ReadAllText(Target));
    }

    [Fact]
    public void WriteManifest_HttpOrigin_IsRefusedAndWritesNothing()
    {
        var result = Run(_source, DevOrigin, "http://stapp-addin-abc.azurestaticapps.net");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("must be https", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public void WriteManifest_ManifestWithAnotherHttpUrl_IsRefusedAndWritesNothing()
    {
        var source = Path.Combine(_dir.FullName, "manifest.xml");
        File.WriteAllText(source, File.ReadAllText(_source)
            .Replace($"{DevOrigin}/help.html", "http://example.org/help.html", StringComparison.Ordinal));

        var result = Run(source, DevOrigin, Origin);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("http://example.org/help.html", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public void WriteManifest_ManifestWithoutTheDevelopmentOrigin_IsRefused()
    {
        var result = Run(_source, "https://localhost:4000", Origin);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not name the development origin https://localhost:4000", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    private CommandResult Run(string source, string devOrigin, string origin) =>
        Command.Run("bash", [RepositoryRoot.PathOf("infra/scripts/write-manifest.sh"), source, Target, devOrigin, origin]);
}
