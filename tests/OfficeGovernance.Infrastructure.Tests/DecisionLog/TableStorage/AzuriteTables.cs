using Azure;
using Azure.Data.Tables;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>
/// One test's table in Azurite: clients with tiny retry delays, through a <see cref="FaultInjectingTransport"/> or
/// straight, and direct row edits that stand in for someone tampering with the table.
/// </summary>
public sealed class AzuriteTables(AzuriteFixture azurite) : IDisposable
{
    public string Table { get; } = AzuriteFixture.UniqueTableName();

    public FaultInjectingTransport Transport { get; } = new();

    public void Dispose() => Transport.Dispose();

    /// <summary>A client whose requests pass through <see cref="Transport"/> when <paramref name="faults"/>.</summary>
    public TableServiceClient Client(bool faults = true, int maxRetries = 4, TimeSpan? networkTimeout = null)
    {
        var options = TableStorageClients.DefaultOptions();
        if (faults)
        {
            options.Transport = Transport;
        }
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        options.Retry.NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(5);
        return TableStorageClients.Create(azurite.ConnectionString, options);
    }

    /// <summary>The table, reached without faults.</summary>
    public TableClient Rows => Client(faults: false).GetTableClient(Table);

    /// <summary>Entity group transactions that reached the service (injected failures not counted).</summary>
    public int Transactions => Transport.Events.Count(e =>
        e.Path.EndsWith("/$batch", StringComparison.Ordinal)
        && e.Fault is null or TransportFaultKind.RunFirst or TransportFaultKind.DropResponse or TransportFaultKind.DelayResponse);

    public async Task<List<TableEntity>> EntitiesAsync(string? partitionKey = null)
    {
        var rows = new List<TableEntity>();
        try
        {
            await foreach (var row in Rows.QueryAsync<TableEntity>(
                               partitionKey is null ? null : TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}")))
            {
                rows.Add(row);
            }
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
        }
        return rows;
    }

    public async Task SetPropertyAsync(string partitionKey, string rowKey, string name, object value)
    {
        var row = (await Rows.GetEntityAsync<TableEntity>(partitionKey, rowKey)).Value;
        row[name] = value;
        await Rows.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Replace);
    }

    public Task DeleteAsync(string partitionKey, string rowKey) => Rows.DeleteEntityAsync(partitionKey, rowKey);
}
