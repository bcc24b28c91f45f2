using Azure.Data.Tables;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Mail;
using OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

/// <summary>Weekly verdict snapshots in Table Storage, against Azurite (docs/rules.md#weekly-status).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageReviewSnapshotStoreTests(AzuriteFixture azurite) : IDisposable
{
    private const string Workbook = "drive-1/item-1";
    private readonly AzuriteTables _tables = new(azurite);
    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => _tables.Dispose();

    private TableStorageReviewSnapshotStore Store(string workbook = Workbook) => new(_tables.Client(), workbook, _tables.Table);

    /// <summary>Ids with random hex, so the JSON hardly compresses and spans several 32,000-character parts.</summary>
    private static Dictionary<string, Verdict> Verdicts(int count, int seed = 7)
    {
        var random = new Random(seed);
        var verdicts = Enum.GetValues<Verdict>();
        return Enumerable.Range(1, count).ToDictionary(
            i => $"INIT-{i:D4}-{random.NextInt64():x16}{random.NextInt64():x16}", _ => verdicts[random.Next(verdicts.Length)]);
    }

    [Fact]
    public async Task SaveAsync_TwoThousandInitiatives_RoundTripsOverSeveralParts()
    {
        var verdicts = Verdicts(2_000);
        var week = new IsoWeek(2026, 47);

        await Store().SaveAsync(week, verdicts, [], None);
        var loaded = await Store().LoadAsync(week, None);

        Assert.NotNull(loaded);
        Assert.Equal(week, loaded.Week);
        Assert.Equal(verdicts.OrderBy(p => p.Key), loaded.Verdicts.OrderBy(p => p.Key));
        var first = verdicts.First();
        Assert.Equal(first.Value, loaded.Verdicts[first.Key.ToLowerInvariant()]);
        var row = (await _tables.Rows.GetEntityAsync<TableEntity>(
            TableStorageDecisionLogStoreLayout.PartitionKeyFor(Workbook), "review-2026-W47")).Value;
        Assert.True(int.Parse(row.GetString("Parts"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        Assert.All(row.Select(p => p.Value).OfType<string>(), v => Assert.True(v.Length <= 32_000));
    }

    [Fact]
    public async Task SaveAsync_SameWeekTwice_ReplacesTheVerdicts()
    {
        var week = new IsoWeek(2026, 47);
        await Store().SaveAsync(week, new Dictionary<string, Verdict> { ["A-1"] = Verdict.Fix, ["A-2"] = Verdict.Stop }, [], None);

        await Store().SaveAsync(week, new Dictionary<string, Verdict> { ["A-1"] = Verdict.Continue }, [], None);

        var loaded = await Store().LoadLatestBeforeAsync(new IsoWeek(2026, 48), None);
        Assert.Equal(new Dictionary<string, Verdict> { ["A-1"] = Verdict.Continue }, loaded!.Verdicts);
        Assert.Equal(Verdict.Continue, loaded.Verdicts["a-1"]);
    }

    [Fact]
    public async Task LoadLatestBeforeAsync_SeveralWeeksAcrossYears_ReturnsTheLatestStrictlyBefore()
    {
        var store = Store();
        foreach (var (year, week) in new[] { (2026, 10), (2025, 5), (2026, 2), (2025, 47), (2020, 53) })
        {
            await store.SaveAsync(new IsoWeek(year, week),
                new Dictionary<string, Verdict> { ["A-1"] = Verdict.Fix, [$"W-{year}-{week}"] = Verdict.Continue }, [], None);
        }

        Assert.Equal(new IsoWeek(2026, 10), (await store.LoadLatestBeforeAsync(new IsoWeek(2027, 1), None))!.Week);
        Assert.Equal(new IsoWeek(2026, 2), (await store.LoadLatestBeforeAsync(new IsoWeek(2026, 10), None))!.Week);
        Assert.Equal(new IsoWeek(2025, 47), (await store.LoadLatestBeforeAsync(new IsoWeek(2026, 2), None))!.Week);
        var early = await store.LoadLatestBeforeAsync(new IsoWeek(2025, 5), None);
        Assert.Equal(new IsoWeek(2020, 53), early!.Week);
        Assert.Equal(Verdict.Continue, early.Verdicts["W-2020-53"]);
        Assert.Null(await store.LoadLatestBeforeAsync(new IsoWeek(2020, 53), None));
    }

    [Fact]
    public async Task LoadLatestBeforeAsync_OtherWorkbookOrSendRowsOnly_ReturnsNull()
    {
        await Store("drive-1/other").SaveAsync(new IsoWeek(2026, 40), new Dictionary<string, Verdict> { ["A-1"] = Verdict.Fix }, [], None);

        Assert.Null(await Store().LoadLatestBeforeAsync(new IsoWeek(2026, 47), None));
        Assert.Null(await Store().LoadAsync(new IsoWeek(2026, 40), None));
    }

    [Fact]
    public async Task LoadAsync_TableNotCreated_ReturnsNull()
    {
        Assert.Null(await Store().LoadLatestBeforeAsync(new IsoWeek(2026, 47), None));
        Assert.Null(await Store().LoadAsync(new IsoWeek(2026, 47), None));
    }

    [Theory]
    [InlineData("Part00", "not base64 at all!")]
    [InlineData("Part00", "H4sIAAAAAAACA6tWctQ1VLJS8k2sTEpVqgUAtA53Iw8AAAA=")] // gzip of {"A-1":"Maybe"}
    [InlineData("Parts", "99")]
    [InlineData("Format", "xml")]
    [InlineData("Count", "3")]
    public async Task LoadLatestBeforeAsync_CorruptRow_ThrowsInvalidDataNamingTheRow(string property, string value)
    {
        await Store().SaveAsync(new IsoWeek(2026, 46), new Dictionary<string, Verdict> { ["A-1"] = Verdict.Fix }, [], None);
        var partition = TableStorageDecisionLogStoreLayout.PartitionKeyFor(Workbook);
        await _tables.SetPropertyAsync(partition, "review-2026-W46", property, value);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Store().LoadLatestBeforeAsync(new IsoWeek(2026, 47), None));

        Assert.Contains("review-2026-W46", error.Message);
        Assert.Contains(_tables.Table, error.Message);
    }

    [Fact]
    public void Encode_VerdictsBeyondOneRow_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => ReviewSnapshotRow.Encode(Verdicts(40_000), []));

        Assert.Contains("at most", error.Message);
    }

    [Fact]
    public async Task SaveAsync_OverCapIds_RoundTrip()
    {
        await Store().SaveAsync(new IsoWeek(2026, 46),
            new Dictionary<string, Verdict> { ["A-1"] = Verdict.Fix, ["B-1"] = Verdict.Continue }, ["B-1", "A-1"], None);

        var loaded = await Store().LoadLatestBeforeAsync(new IsoWeek(2026, 47), None);

        Assert.Equal(["A-1", "B-1"], loaded!.OverCap);
    }

    [Fact]
    public void Decode_RowKeptBeforeOverCap_VerdictsWithOverCapUnknown()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write("{\"A-1\":\"Fix\",\"B-1\":\"Stop\"}"u8);
        }
        var row = new Dictionary<string, string>
        {
            ["Format"] = "gzip-base64-json-1", ["Parts"] = "1", ["Count"] = "2", ["Part00"] = Convert.ToBase64String(buffer.ToArray()),
        };

        var (verdicts, overCap) = ReviewSnapshotRow.Decode(row, (problem, _) => new InvalidDataException(problem));

        Assert.Equal(Verdict.Stop, verdicts["b-1"]);
        Assert.Equal(2, verdicts.Count);
        Assert.Null(overCap);
    }
}
