using System.Text.Json;
using OfficeGovernance.Application.Workbooks.Registry;
using OfficeGovernance.Infrastructure.Workbooks.Registry;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks.Registry;

public sealed class FileWorkbookRegistryTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 7, 0, 5, TimeSpan.Zero);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "og-registry-" + Guid.NewGuid().ToString("N"));
    private static CancellationToken None => CancellationToken.None;

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private FileWorkbookRegistry Registry() => new(_dir);

    [Fact]
    public async Task RegisterAsync_New_WritesJsonAndLists()
    {
        var result = await Registry().RegisterAsync("portfolio.xlsx", "ann@example.org", Monday, None);

        Assert.True(result.Created);
        Assert.Equal([new WorkbookRegistration("portfolio.xlsx", "ann@example.org", Monday)], await Registry().ListAsync(None));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_dir, FileWorkbookRegistry.FileName)));
        var entry = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("portfolio.xlsx", entry.GetProperty("workbookId").GetString());
        Assert.Equal(Monday, entry.GetProperty("registeredAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task RegisterAsync_Again_KeepsTheFirstRegistrationAndLeavesTheFileAsItWas()
    {
        await Registry().RegisterAsync("portfolio.xlsx", "ann@example.org", Monday, None);
        var path = Path.Combine(_dir, FileWorkbookRegistry.FileName);
        var before = await File.ReadAllBytesAsync(path);

        var again = await Registry().RegisterAsync("portfolio.xlsx", "bo@example.org", Monday.AddDays(7), None);

        Assert.False(again.Created);
        Assert.Equal(new WorkbookRegistration("portfolio.xlsx", "ann@example.org", Monday), again.Registration);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task RegisterAsync_EightWritersAtOnce_EveryWorkbookOnceAndOneCreatedForTheShared()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var registry = Registry();
            var mine = new List<WorkbookRegistrationResult>();
            for (var i = 0; i < 5; i++)
            {
                mine.Add(await registry.RegisterAsync($"w{w}-{i}.xlsx", "ann@example.org", Monday, None));
            }
            mine.Add(await registry.RegisterAsync("shared.xlsx", $"user{w}@example.org", Monday.AddMinutes(w), None));
            return mine;
        })));

        var listed = await Registry().ListAsync(None);
        Assert.Equal(41, listed.Count);
        Assert.Equal(listed.Select(r => r.WorkbookId).Order(StringComparer.Ordinal), listed.Select(r => r.WorkbookId));
        Assert.Single(results.SelectMany(r => r), r => r.Registration.WorkbookId == "shared.xlsx" && r.Created);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public async Task ListAsync_NoFile_Empty()
    {
        Assert.Empty(await Registry().ListAsync(None));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[{\"registeredBy\":\"ann@example.org\"}]")]
    public async Task ListAsync_FileNotARegistry_ThrowsInvalidDataNamingTheFile(string content)
    {
        Directory.CreateDirectory(_dir);
        await File.WriteAllTextAsync(Path.Combine(_dir, FileWorkbookRegistry.FileName), content);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Registry().ListAsync(None));

        Assert.Contains(FileWorkbookRegistry.FileName, error.Message);
    }

    [Fact]
    public async Task RegisterAsync_TimeNotUtc_ThrowsAndWritesNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Registry().RegisterAsync("portfolio.xlsx", "ann@example.org", Monday.ToOffset(TimeSpan.FromHours(2)), None));

        Assert.False(Directory.Exists(_dir));
    }
}
