using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.Mail;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

public sealed class FileReviewSnapshotStoreTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "og-snap-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public async Task SaveAsync_ThenLoad_RoundTripsCaseInsensitive()
    {
        var store = new FileReviewSnapshotStore(_dir);
        var verdicts = new Dictionary<string, Verdict> { ["A-1"] = Verdict.Fix, ["B-2"] = Verdict.Paused };

        await store.SaveAsync(new IsoWeek(2026, 47), verdicts, [], CancellationToken.None);
        var loaded = await new FileReviewSnapshotStore(_dir).LoadAsync(new IsoWeek(2026, 47), CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(new IsoWeek(2026, 47), loaded.Week);
        Assert.Equal(verdicts.OrderBy(p => p.Key), loaded.Verdicts.OrderBy(p => p.Key));
        Assert.Equal(Verdict.Fix, loaded.Verdicts["a-1"]);
        Assert.True(File.Exists(Path.Combine(_dir, "2026-W47", "review.json")));
    }

    [Fact]
    public async Task LoadAsync_NoSnapshot_Null()
    {
        Assert.Null(await new FileReviewSnapshotStore(_dir).LoadAsync(new IsoWeek(2026, 47), CancellationToken.None));
        Assert.Null(await new FileReviewSnapshotStore(_dir).LoadLatestBeforeAsync(new IsoWeek(2026, 47), CancellationToken.None));
    }

    [Fact]
    public async Task LoadLatestBeforeAsync_SeveralWeeks_PicksLatestEarlierAcrossYears()
    {
        var store = new FileReviewSnapshotStore(_dir);
        await store.SaveAsync(new IsoWeek(2026, 52), new Dictionary<string, Verdict> { ["A"] = Verdict.Fix }, [], CancellationToken.None);
        await store.SaveAsync(new IsoWeek(2026, 53), new Dictionary<string, Verdict> { ["A"] = Verdict.Pause }, [], CancellationToken.None);
        await store.SaveAsync(new IsoWeek(2027, 2), new Dictionary<string, Verdict> { ["A"] = Verdict.Stop }, [], CancellationToken.None);
        Directory.CreateDirectory(Path.Combine(_dir, "2027-W01"));
        Directory.CreateDirectory(Path.Combine(_dir, "not-a-week"));

        var latest = await store.LoadLatestBeforeAsync(new IsoWeek(2027, 2), CancellationToken.None);

        Assert.Equal(new IsoWeek(2026, 53), latest!.Week);
        Assert.Equal(Verdict.Pause, latest.Verdicts["A"]);
    }

    [Fact]
    public async Task LoadAsync_CorruptFile_InvalidDataNamingFile()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "2026-W47"));
        var path = Path.Combine(_dir, "2026-W47", "review.json");
        await File.WriteAllTextAsync(path, "{\"verdicts\":{\"A\":\"Maybe\"}}");

        var ex = await Assert.ThrowsAsync<InvalidDataException>(() =>
            new FileReviewSnapshotStore(_dir).LoadAsync(new IsoWeek(2026, 47), CancellationToken.None));

        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public async Task SaveAsync_OverCapIds_RoundTrip()
    {
        var store = new FileReviewSnapshotStore(_dir);
        var verdicts = new Dictionary<string, Verdict> { ["A-1"] = Verdict.Fix, ["B-2"] = Verdict.Pause, ["C-3"] = Verdict.Continue };

        await store.SaveAsync(new IsoWeek(2026, 47), verdicts, ["C-3", "B-2"], CancellationToken.None);
        var loaded = await store.LoadLatestBeforeAsync(new IsoWeek(2026, 48), CancellationToken.None);

        Assert.Equal(["B-2", "C-3"], loaded!.OverCap);
    }

    [Fact]
    public async Task LoadAsync_SnapshotKeptBeforeOverCap_ReadsWithOverCapUnknown()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "2026-W46"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "2026-W46", "review.json"),
            "{\"isoWeek\":\"2026-W46\",\"verdicts\":{\"A-1\":\"Fix\"}}");

        var loaded = await new FileReviewSnapshotStore(_dir).LoadAsync(new IsoWeek(2026, 46), CancellationToken.None);

        Assert.Equal(Verdict.Fix, loaded!.Verdicts["A-1"]);
        Assert.Null(loaded.OverCap);
    }
}
