using System.Text.Json;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog;

/// <summary>
/// The log head's anchor on Azurite's blob service (docs/rules.md#decision-log; issue 23): the same append blob code
/// that runs in Azure against the WORM container (Azurite does not enforce the policy, so only the appending is
/// checked here; infra/app/storage.bicep's policy is checked by the Infra tests).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobLogHeadAnchorTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Append_TwoWeeklyHeads_OneAppendBlobKeepsBothLinesInOrder()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "anchors-" + Guid.NewGuid().ToString("N"));
        var anchor = new BlobLogHeadAnchor(container, "DecisionLog:AnchorConnection", createContainer: true);
        var chain = DecisionDraftBuilder.Chain(3);
        var workbookId = Guid.NewGuid().ToString();

        await anchor.AppendAsync(new LogHeadAnchor(workbookId, LogHead.Of(chain.Take(2).ToList()), Monday), CancellationToken.None);
        await anchor.AppendAsync(new LogHeadAnchor(workbookId, LogHead.Of(chain), Monday.AddDays(7)), CancellationToken.None);

        var blob = container.GetBlobClient(BlobLogHeadAnchor.BlobName(workbookId));
        Assert.Equal(BlobType.Append, (await blob.GetPropertiesAsync()).Value.BlobType);
        var lines = (await blob.DownloadContentAsync()).Value.Content.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        var (first, second) = (JsonDocument.Parse(lines[0]).RootElement, JsonDocument.Parse(lines[1]).RootElement);
        Assert.Equal(workbookId, first.GetProperty("workbookId").GetString());
        Assert.Equal(2, first.GetProperty("sequence").GetInt64());
        Assert.Equal(chain[1].Hash, first.GetProperty("hash").GetString());
        Assert.Equal(Monday, first.GetProperty("anchoredAt").GetDateTimeOffset());
        Assert.Equal(3, second.GetProperty("sequence").GetInt64());
        Assert.Equal(chain[2].Hash, second.GetProperty("hash").GetString());
    }

    [Fact]
    public async Task Append_DriveItemId_EscapedIntoOneBlobName()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "anchors-" + Guid.NewGuid().ToString("N"));
        var anchor = new BlobLogHeadAnchor(container, "DecisionLog:AnchorConnection", createContainer: true);

        await anchor.AppendAsync(new LogHeadAnchor("b!drive/01ITEM", new LogHead(0, string.Empty), Monday), CancellationToken.None);

        var names = new List<string>();
        await foreach (var item in container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }
        Assert.Equal(["b%21drive%2F01ITEM.heads.jsonl"], names);
    }

    [Fact]
    public async Task Append_ContainerMissingAndNotCreated_ThrowsNamingContainerAndSetting()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "missing-" + Guid.NewGuid().ToString("N"));
        var anchor = new BlobLogHeadAnchor(container, "DecisionLog:AnchorContainerUri");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            anchor.AppendAsync(new LogHeadAnchor("w", new LogHead(0, string.Empty), Monday), CancellationToken.None));

        Assert.Contains(container.Name, error.Message);
        Assert.Contains("DecisionLog:AnchorContainerUri", error.Message);
    }

    [Fact]
    public async Task Read_TwoAppendedHeads_BothBackInOrderWithTheirUtcTimes()
    {
        var (container, anchor) = Fresh();
        var chain = DecisionDraftBuilder.Chain(3);
        var workbookId = Guid.NewGuid().ToString();
        await anchor.AppendAsync(new LogHeadAnchor(workbookId, LogHead.Of(chain.Take(2).ToList()), Monday), CancellationToken.None);
        await anchor.AppendAsync(new LogHeadAnchor(workbookId, LogHead.Of(chain), Monday.AddDays(7)), CancellationToken.None);

        var read = await anchor.ReadAsync(workbookId, CancellationToken.None);

        Assert.Equal(
            [new LogHeadAnchor(workbookId, new LogHead(2, chain[1].Hash), Monday), new LogHeadAnchor(workbookId, new LogHead(3, chain[2].Hash), Monday.AddDays(7))],
            read);
        Assert.Equal($"the container {container.Name} (DecisionLog:AnchorConnection)", anchor.Store);
    }

    [Fact]
    public async Task Read_NothingAnchoredYet_Empty()
    {
        var (_, anchor) = Fresh();

        Assert.Empty(await anchor.ReadAsync("never-anchored", CancellationToken.None));
    }

    [Fact]
    public async Task Read_LineNamingAnotherWorkbook_LeftOut()
    {
        var (container, anchor) = Fresh();
        await anchor.AppendAsync(new LogHeadAnchor("w-1", new LogHead(0, string.Empty), Monday), CancellationToken.None);
        await AppendRawAsync(container, "w-1", """{"workbookId":"w-2","sequence":4,"hash":"ab","anchoredAt":"2026-11-30T06:00:00Z"}""");

        var read = await anchor.ReadAsync("w-1", CancellationToken.None);

        Assert.Equal("w-1", Assert.Single(read).WorkbookId);
    }

    [Fact]
    public async Task Read_LineNotAnAnchorRecord_ThrowsNamingTheStoreAndLine()
    {
        var (container, anchor) = Fresh();
        await anchor.AppendAsync(new LogHeadAnchor("w-1", new LogHead(0, string.Empty), Monday), CancellationToken.None);
        await AppendRawAsync(container, "w-1", """{"workbookId":"w-1","sequence":"four"}""");

        var error = await Assert.ThrowsAsync<LogHeadAnchorUnavailableException>(() => anchor.ReadAsync("w-1", CancellationToken.None));

        Assert.Contains($"the container {container.Name} (DecisionLog:AnchorConnection), blob w-1.heads.jsonl line 2", error.Message);
    }

    [Fact]
    public async Task Read_ContainerMissingWhereInfraProvisionsIt_ThrowsNamingContainerAndSetting()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "missing-" + Guid.NewGuid().ToString("N"));
        var anchor = new BlobLogHeadAnchor(container, "DecisionLog:AnchorContainerUri");

        var error = await Assert.ThrowsAsync<LogHeadAnchorUnavailableException>(() => anchor.ReadAsync("w", CancellationToken.None));

        Assert.Equal($"The decision log's anchor cannot be read from the container {container.Name} (DecisionLog:AnchorContainerUri): " +
                     "404 ContainerNotFound; the log was not verified.", error.Message);
    }

    [Fact]
    public async Task Read_ServiceUnreachable_ThrowsOneLineNamingContainerAndSetting()
    {
        var closed = azurite.ConnectionString.Replace($":{azurite.BlobPort}/", ":9/", StringComparison.Ordinal);
        var options = new BlobClientOptions { Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) } };
        var anchor = new BlobLogHeadAnchor(new BlobContainerClient(closed, "anchors", options), "DecisionLog:AnchorConnection", createContainer: true);

        var error = await Assert.ThrowsAsync<LogHeadAnchorUnavailableException>(() => anchor.ReadAsync("w", CancellationToken.None));

        Assert.StartsWith("The decision log's anchor cannot be read from the container anchors (DecisionLog:AnchorConnection): no answer", error.Message);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteFixture.AccountKey, error.Message, StringComparison.Ordinal);
    }

    private (BlobContainerClient Container, BlobLogHeadAnchor Anchor) Fresh()
    {
        var container = new BlobContainerClient(azurite.ConnectionString, "anchors-" + Guid.NewGuid().ToString("N"));
        return (container, new BlobLogHeadAnchor(container, "DecisionLog:AnchorConnection", createContainer: true));
    }

    private static async Task AppendRawAsync(BlobContainerClient container, string workbookId, string line)
    {
        using var block = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
        await container.GetAppendBlobClient(BlobLogHeadAnchor.BlobName(workbookId)).AppendBlockAsync(block);
    }
}
