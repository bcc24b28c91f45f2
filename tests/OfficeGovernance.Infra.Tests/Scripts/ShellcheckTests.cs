using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Scripts;

/// <summary>The scripts of infra/scripts are checked statically: they call az and azd, which are not here.</summary>
public sealed class ShellcheckTests
{
    private static readonly string ScriptsDirectory = RepositoryRoot.PathOf("infra/scripts");

    private static readonly string[] ScriptNames = Directory.GetFiles(ScriptsDirectory, "*.sh")
        .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Scripts() => new(ScriptNames);

    [Fact]
    public void Scripts_IncludeEveryStepOfTheRunbook()
    {
        Assert.Equal(
            ["build-addin.sh", "configure-entra.sh", "grant-graph-permissions.sh", "lib.sh", "register-api-app.sh", "write-manifest.sh"],
            ScriptNames);
    }

    [SkippableTheory]
    [MemberData(nameof(Scripts))]
    public void Shellcheck_Script_ReportsNothing(string script)
    {
        // .ci/run installs shellcheck, so CI always runs this; only a developer's machine may lack it.
        Skip.IfNot(Command.Exists("shellcheck"), "shellcheck is not installed (apt-get install shellcheck)");

        var result = Command.Run("shellcheck", ["--external-sources", "--severity=style", script], ScriptsDirectory);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Bash_Script_Parses(string script)
    {
        var result = Command.Run("bash", ["-n", script], ScriptsDirectory);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_StopsOnTheFirstError(string script)
    {
        var text = File.ReadAllText(Path.Combine(ScriptsDirectory, script));

        Assert.StartsWith("#!/usr/bin/env bash\n", text, StringComparison.Ordinal);
        if (script != "lib.sh")
        {
            Assert.Contains("\nset -euo pipefail\n", text, StringComparison.Ordinal);
        }
    }
}
