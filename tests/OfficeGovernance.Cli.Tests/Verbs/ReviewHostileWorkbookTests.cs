using OfficeGovernance.Cli.Verbs;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>docs/rules.md#hostile-workbooks through the command line: every hostile file exits 2, named, byte for byte unchanged.</summary>
public sealed class ReviewHostileWorkbookTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("og-hostile-").FullName;
    private readonly CliHarness _cli = new();

    public static TheoryData<string> Kinds => HostileWorkbooks.Kinds;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Review_HostileWorkbookWithWrite_Exits2NamingTheProblemAndLeavesTheFile(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var path = Path.Combine(_directory, hostile.FileName);
        var bytes = hostile.Build(HostileWorkbooks.Sample);
        await File.WriteAllBytesAsync(path, bytes);

        var result = await _cli.RunAsync("review", "--workbook", path, "--as-of", "2026-11-20", "--write");

        Assert.True(result.ExitCode == ExitCodes.InvalidInput, $"{kind}: exit {result.ExitCode}{Environment.NewLine}{result.Error}");
        Assert.Contains(hostile.Expected, result.Error);
        Assert.Contains("nothing was written", result.Error);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Equal([hostile.FileName], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }
}
