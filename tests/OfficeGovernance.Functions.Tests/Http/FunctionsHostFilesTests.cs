using System.Text.Json;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Http;

public sealed class FunctionsHostFilesTests
{
    public static TheoryData<string, string> Functions => new()
    {
        { "Health", "health" },
        { "OpenApi", "openapi.json" },
        { "Review", "review" },
        { "Classify", "classify" },
        { "Decisions", "decisions" },
        { "DecisionsVerify", "decisions/verify" },
        { "StatusPreview", "status/preview" },
    };

    // The executable's own output folder, in the same configuration and framework as this test's.
    public static TheoryData<string> OutputFolders => new()
    {
        AppContext.BaseDirectory,
        RepositoryRoot.PathOf(Path.Combine("functions", "OfficeGovernance.Functions", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, new DirectoryInfo(AppContext.BaseDirectory).Name)),
    };

    [Theory]
    [MemberData(nameof(OutputFolders))]
    public void BuildOutput_HostJson_ForwardsHttpToTheExecutable(string output)
    {
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "host.json")));

        Assert.Equal("2.0", host.RootElement.GetProperty("version").GetString());
        var handler = host.RootElement.GetProperty("customHandler");
        Assert.Equal("OfficeGovernance.Functions", handler.GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(handler.GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal("api", host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Theory]
    [MemberData(nameof(Functions))]
    public void BuildOutput_FunctionJson_IsAnAnonymousHttpTriggerOnItsRoute(string function, string route)
    {
        foreach (var output in OutputFolders)
        {
            AssertHttpTrigger(Path.Combine(output, function, "function.json"), route);
        }
    }

    private static void AssertHttpTrigger(string path, string route)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));

        var bindings = json.RootElement.GetProperty("bindings").EnumerateArray().ToArray();
        var trigger = Assert.Single(bindings, b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Single(bindings, b => b.GetProperty("type").GetString() == "http" && b.GetProperty("direction").GetString() == "out");
    }

    [Fact]
    public void BuildOutput_WeeklyStatusFunctionJson_IsATimerOnTheScheduleSetting()
    {
        foreach (var output in OutputFolders)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "WeeklyStatus", "function.json")));

            var trigger = Assert.Single(json.RootElement.GetProperty("bindings").EnumerateArray());
            Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
            Assert.Equal("in", trigger.GetProperty("direction").GetString());
            Assert.Equal("%WeeklyStatus:Schedule%", trigger.GetProperty("schedule").GetString());
            Assert.False(trigger.GetProperty("runOnStartup").GetBoolean());
        }
    }

    [Fact]
    public void BuildOutput_EveryFunctionFolder_IsChecked()
    {
        var folders = Directory.GetDirectories(RepositoryRoot.PathOf(Path.Combine("functions", "OfficeGovernance.Functions")))
            .Where(d => File.Exists(Path.Combine(d, "function.json")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Functions.Select(f => (string)f[0]).Append("WeeklyStatus").Order(StringComparer.Ordinal), folders);
    }
}
