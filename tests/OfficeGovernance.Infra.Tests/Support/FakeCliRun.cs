using System.Text.Json.Nodes;

namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>
/// Runs a script of infra/scripts with the stand-ins for az and azd (Fixtures/fake-cli) first on the PATH,
/// and reads back what the script sent them: the az calls, the JSON bodies, the values it `azd env set`.
/// </summary>
public sealed class FakeCliRun : IDisposable
{
    private static readonly string[] ScriptVariablePrefixes = ["AZURE_", "SERVICE_", "ADDIN_", "OG_", "FAKE_", "VITE_"];

    private readonly DirectoryInfo _dir = System.IO.Directory.CreateTempSubdirectory("og-fake-cli-");

    public CommandResult Run(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var fakes = RepositoryRoot.PathOf("tests/OfficeGovernance.Infra.Tests/Fixtures/fake-cli");
        var env = new Dictionary<string, string>
        {
            ["PATH"] = fakes + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            ["FAKE_DIR"] = _dir.FullName,
        };
        // The machine's own azd environment must not leak into the script.
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>()
                     .Where(n => ScriptVariablePrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)) && n != "FAKE_DIR"))
        {
            env[name] = "";
        }
        foreach (var (name, value) in environment)
        {
            env[name] = value;
        }
        return Command.Run("bash", [RepositoryRoot.PathOf(Path.Combine("infra/scripts", script)), .. arguments],
            environment: env);
    }

    /// <summary>Every az call, one line of arguments each.</summary>
    public IReadOnlyList<string> AzCalls => ReadLines("az.log");

    /// <summary>NAME=VALUE for every <c>azd env set</c>.</summary>
    public IReadOnlyList<string> AzdEnvSet => ReadLines("azd-env");

    /// <summary>The body a PATCH or POST sent to a Graph path, as the fake az saved it; null if none was sent.</summary>
    public JsonNode? Body(string method, string graphPath)
    {
        var name = method + "-" + string.Concat(graphPath.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
        var file = Path.Combine(_dir.FullName, name + ".json");
        return File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file)) : null;
    }

    public JsonNode? FederatedCredential
    {
        get
        {
            var file = Path.Combine(_dir.FullName, "federated-credential.json");
            return File.Exists(file) ? JsonNode.Parse(File.ReadAllText(file)) : null;
        }
    }

    /// <summary>The temporary folder of this run (the fakes' records), for a test's own files.</summary>
    public string Directory => _dir.FullName;

    /// <summary>Lines a fake wrote into a file of its own (npm.log, npm-build-env).</summary>
    public IReadOnlyList<string> Lines(string file) => ReadLines(file);

    public IReadOnlyList<string> SentBodies => _dir.GetFiles("*-*.json").Select(f => f.Name).Order().ToArray();

    public void Dispose() => _dir.Delete(recursive: true);

    private string[] ReadLines(string file)
    {
        var path = Path.Combine(_dir.FullName, file);
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }
}
