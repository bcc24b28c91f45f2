using Azure.Core;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

public sealed partial class TableServiceClient
{
    /// <inheritdoc />
    /// <exception cref="ArgumentException">No operations, more than 100, several partitions, or a Replace without ETag.</exception>
    /// <exception cref="InvalidDataException">The service's answer could not be read as one result per operation.</exception>
    public async Task SubmitTransactionAsync(
        string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        TableAddress.CheckTableName(table);
        TableBatch.Check(operations);
        var batchBoundary = "batch_" + Guid.NewGuid().ToString("N");
        var changesetBoundary = "changeset_" + Guid.NewGuid().ToString("N");
        using var message = NewMessage(RequestMethod.Post, TableAddress.Batch(_endpoint), TableProtocol.NoMetadata);
        message.Request.Headers.SetValue("Content-Type", $"multipart/mixed; boundary={batchBoundary}");
        message.Request.Content = RequestContent.Create(
            TableBatch.Body(_endpoint, table, operations, batchBoundary, changesetBoundary));
        var what = $"Transaction of {operations.Count} on {table} partition {operations[0].Entity.PartitionKey}";
        var response = await SendAsync(message, what, cancellationToken).ConfigureAwait(false);
        if (response.Status != 202)
        {
            throw TableFailure.From(response, what);
        }

        TableBatch.ReadAnswer(response.Content.ToString(), operations.Count, what);
    }
}
