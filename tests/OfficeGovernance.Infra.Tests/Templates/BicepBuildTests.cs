using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Templates;

/// <summary><c>bicep build</c> and <c>bicep lint</c> of every template under infra/ (issue 12).</summary>
public sealed class BicepBuildTests
{
    public static TheoryData<string> Templates() => new(BicepCli.Templates);

    [Fact]
    public void Templates_UnderInfra_IncludeMainAndItsModules()
    {
        Assert.Contains(Path.Combine("infra", "main.bicep"), BicepCli.Templates);
        Assert.True(BicepCli.Templates.Count > 1, string.Join(", ", BicepCli.Templates));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Build_Template_CompilesWithNoDiagnostic(string template)
    {
        var result = BicepCli.Build(template);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.StandardError.Trim().Length == 0, result.ToString());
        Assert.NotNull(JsonNode.Parse(result.StandardOutput)?["resources"]);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Lint_Template_ReportsNothing(string template)
    {
        var result = BicepCli.Lint(RepositoryRoot.PathOf(template));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True((result.StandardOutput + result.StandardError).Trim().Length == 0, result.ToString());
    }

    [Fact]
    public void Lint_WarningRuleUnderTheRepositoryConfig_FailsTheLint()
    {
        var dir = Directory.CreateTempSubdirectory("og-bicep-lint-");
        try
        {
            File.Copy(RepositoryRoot.PathOf("infra/bicepconfig.json"), Path.Combine(dir.FullName, "bicepconfig.json"));
            var file = Path.Combine(dir.FullName, "unused.bicep");
            File.WriteAllText(file, "param unused string\noutput greeting string = concat('a', 'b')\n");

            var result = BicepCli.Lint(file);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("Error no-unused-params", result.StandardOutput + result.StandardError);
            Assert.Contains("Error prefer-interpolation", result.StandardOutput + result.StandardError);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void BicepConfig_EveryRuleItNames_IsAtErrorLevel()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip };
        var config = JsonNode.Parse(File.ReadAllText(RepositoryRoot.PathOf("infra/bicepconfig.json")), null, options)!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();

        Assert.True(rules.Count >= 20, $"only {rules.Count} rules raised");
        Assert.All(rules, rule => Assert.Equal("error", (string?)rule.Value!["level"]));
    }
}
