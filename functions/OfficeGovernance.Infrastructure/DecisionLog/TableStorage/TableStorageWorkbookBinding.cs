using Azure;
using Azure.Data.Tables;
using OfficeGovernance.Domain.DecisionLog;
using Layout = OfficeGovernance.Infrastructure.DecisionLog.TableStorage.TableStorageDecisionLogStoreLayout;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

public sealed partial class TableStorageDecisionLogStore : IWorkbookBindingStore
{
    /// <inheritdoc />
    /// <remarks>The binding row <see cref="TableStorageDecisionLogStoreLayout.BindingRowKey"/> of the partition.</remarks>
    public async Task<string?> ReadBindingAsync(CancellationToken cancellationToken)
    {
        TableEntity? row;
        try
        {
            row = await GetAsync(Layout.BindingRowKey, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (TableFailures.IsTableNotFound(ex))
        {
            return null;
        }
        if (row is null)
        {
            return null;
        }
        return TableEntityText.Get(row, Layout.WorkbookProperty) is { Length: > 0 } workbook ? workbook
            : throw Corrupt(row.RowKey, $"the binding row has no {Layout.WorkbookProperty}");
    }

    /// <inheritdoc />
    /// <remarks>Inserts the binding row; a 409 means another writer bound first, and its binding is returned.</remarks>
    public async Task<string> BindAsync(string workbook, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbook);
        if (await ReadBindingAsync(cancellationToken).ConfigureAwait(false) is { } holder)
        {
            return holder;
        }
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(BindingRow(workbook), cancellationToken).ConfigureAwait(false);
            return workbook;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return await ReadBindingAsync(cancellationToken).ConfigureAwait(false) ?? workbook;
        }
    }

    /// <inheritdoc />
    public async Task RebindAsync(string workbook, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbook);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await _table.UpsertEntityAsync(BindingRow(workbook), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private TableEntity BindingRow(string workbook) =>
        TableEntityText.Entity(PartitionKey, Layout.BindingRowKey, new Dictionary<string, string>
        {
            [Layout.WorkbookProperty] = workbook,
        });
}
