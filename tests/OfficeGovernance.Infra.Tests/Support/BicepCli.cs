using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;

namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>
/// The Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.linux-x64, its tools/bicep), and the templates
/// of infra/ compiled once per test run.
/// </summary>
public static class BicepCli
{
    private static readonly ConcurrentDictionary<string, Lazy<CommandResult>> Builds = new();

    public static string Executable { get; } = Locate();

    /// <summary>Every .bicep file under infra/, relative to the repository root.</summary>
    public static IReadOnlyList<string> Templates { get; } = Directory
        .GetFiles(RepositoryRoot.PathOf("infra"), "*.bicep", SearchOption.AllDirectories)
        .Select(file => Path.GetRelativePath(RepositoryRoot.Path, file))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary><c>bicep build TEMPLATE --stdout</c>: the ARM JSON on stdout, diagnostics on stderr.</summary>
    public static CommandResult Build(string template) =>
        Builds.GetOrAdd(template, t => new Lazy<CommandResult>(() =>
            Command.Run(Executable, ["build", RepositoryRoot.PathOf(t), "--stdout"]))).Value;

    /// <summary>The compiled ARM template; fails the test when the build fails.</summary>
    public static JsonObject Compile(string template)
    {
        var result = Build(template);
        Assert.True(result.ExitCode == 0, $"bicep build {template}: {result}");
        return JsonNode.Parse(result.StandardOutput)!.AsObject();
    }

    public static CommandResult Lint(string path) => Command.Run(Executable, ["lint", path]);

    private static string Locate()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepExecutable").Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No Bicep CLI at '{path}': restore tests/OfficeGovernance.Infra.Tests (Azure.Bicep.CommandLine.linux-x64).");
        }
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the restored Bicep CLI is the linux-x64 build");
        }
        // NuGet extraction does not always keep the executable bit.
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
        return path;
    }
}
