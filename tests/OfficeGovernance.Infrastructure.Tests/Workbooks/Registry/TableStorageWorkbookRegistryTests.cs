using Azure.Data.Tables;
using OfficeGovernance.Application.Workbooks.Registry;
using OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Workbooks.Registry;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks.Registry;

/// <summary>The workbook registry in Table Storage, against Azurite (issue 9).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageWorkbookRegistryTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 7, 0, 5, TimeSpan.Zero);
    private readonly AzuriteTables _tables = new(azurite);
    private static CancellationToken None => CancellationToken.None;

    public void Dispose() => _tables.Dispose();

    private TableStorageWorkbookRegistry Registry() => new(_tables.Client(), _tables.Table);

    [Fact]
    public async Task RegisterAsync_IdWithForbiddenKeyCharacters_StoredUnderEscapedRowKeyAndListedAsGiven()
    {
        const string id = "b!Xy/01BYE5RZ#6Q?N3\\Z";

        var result = await Registry().RegisterAsync(id, "ann@example.org", Monday, None);

        Assert.True(result.Created);
        Assert.Equal(new WorkbookRegistration(id, "ann@example.org", Monday), result.Registration);
        var row = Assert.Single(await _tables.EntitiesAsync());
        Assert.Equal(TableStorageWorkbookRegistry.PartitionKey, row.PartitionKey);
        Assert.Equal("b!21Xy!2F01BYE5RZ!236Q!3FN3!5CZ", row.RowKey);
        Assert.Equal(id, row.GetString("WorkbookId"));
        Assert.Equal("2026-11-16T07:00:05.0000000Z", row.GetString("RegisteredAt"));
        Assert.Equal([result.Registration], await Registry().ListAsync(None));
    }

    [Fact]
    public async Task RegisterAsync_Again_KeepsTheFirstRegistrationAndWritesNothing()
    {
        await Registry().RegisterAsync("drive-1/item-1", "ann@example.org", Monday, None);
        var before = Assert.Single(await _tables.EntitiesAsync()).ETag;

        var again = await Registry().RegisterAsync("drive-1/item-1", "bo@example.org", Monday.AddDays(7), None);

        Assert.False(again.Created);
        Assert.Equal(new WorkbookRegistration("drive-1/item-1", "ann@example.org", Monday), again.Registration);
        Assert.Equal(before, Assert.Single(await _tables.EntitiesAsync()).ETag);
    }

    [Fact]
    public async Task RegisterAsync_EightConcurrentCalls_OneCreatedAllAnswerTheSame()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            Registry().RegisterAsync("drive-1/item-1", $"user{i}@example.org", Monday.AddMinutes(i), None))));

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Registration).Distinct());
        Assert.Single(await Registry().ListAsync(None));
    }

    [Fact]
    public async Task ListAsync_SeveralWorkbooks_OrderedByIdWithCase()
    {
        foreach (var id in new[] { "drive-2/b", "Drive-1/a", "drive-1/a" })
        {
            await Registry().RegisterAsync(id, "ann@example.org", Monday, None);
        }

        Assert.Equal(["Drive-1/a", "drive-1/a", "drive-2/b"], (await Registry().ListAsync(None)).Select(r => r.WorkbookId));
    }

    [Fact]
    public async Task ListAsync_TableNotCreated_Empty()
    {
        Assert.Empty(await Registry().ListAsync(None));
    }

    [Theory]
    [InlineData("", "ann@example.org", 0)]
    [InlineData("drive-1/\nitem", "ann@example.org", 0)]
    [InlineData(" drive-1/item", "ann@example.org", 0)]
    [InlineData("drive-1/item", "Ann <ann@example.org>", 0)]
    [InlineData("drive-1/item", "nobody", 0)]
    [InlineData("drive-1/item", "ann@example.org", 1)]
    public async Task RegisterAsync_BadInput_ThrowsAndWritesNothing(string id, string by, int offsetHours)
    {
        var at = new DateTimeOffset(2026, 11, 16, 8, 0, 5, TimeSpan.FromHours(offsetHours));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Registry().RegisterAsync(id, by, at, None));

        Assert.Empty(await Registry().ListAsync(None));
    }

    [Fact]
    public async Task RegisterAsync_IdTooLongToEscapeReversibly_Throws()
    {
        var id = new string('/', 100);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Registry().RegisterAsync(id, "ann@example.org", Monday, None));

        Assert.Equal("workbookId", error.ParamName);
    }

    [Fact]
    public async Task ListAsync_RowWithoutRegisteredAt_ThrowsNamingTheRow()
    {
        await Registry().RegisterAsync("drive-1/item-1", "ann@example.org", Monday, None);
        await _tables.SetPropertyAsync(TableStorageWorkbookRegistry.PartitionKey, "drive-1!2Fitem-1", "RegisteredAt", "last Monday");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Registry().ListAsync(None));

        Assert.Contains("row drive-1!2Fitem-1", error.Message);
        Assert.Contains(_tables.Table, error.Message);
    }
}
