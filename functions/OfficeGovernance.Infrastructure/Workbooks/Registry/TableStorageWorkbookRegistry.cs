using System.Globalization;
using Azure.Data.Tables;
using Azure;
using OfficeGovernance.Application.Workbooks.Registry;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Workbooks.Registry;

/// <summary>
/// The registry in Table Storage (issue 9): table <see cref="DefaultTableName"/>, one partition
/// (<see cref="PartitionKey"/>), one row per workbook whose row key is the workbook id escaped for Table keys
/// (<see cref="TableStorageDecisionLogStoreLayout.EscapeKey"/>: '/', '\', '#', '?' and control characters become
/// "!" + hex, reversibly), with the properties WorkbookId, RegisteredBy and RegisteredAt (ISO 8601 UTC). A register is
/// one insert: a 409 means the workbook is registered already (perhaps by a concurrent call), and the stored row is
/// returned unchanged.
/// </summary>
public sealed class TableStorageWorkbookRegistry : IWorkbookRegistry
{
    /// <summary>The table used when none is given.</summary>
    public const string DefaultTableName = "Workbooks";

    /// <summary>The one partition of the registry.</summary>
    public const string PartitionKey = "workbooks";

    private const string WorkbookIdProperty = "WorkbookId";
    private const string RegisteredByProperty = "RegisteredBy";
    private const string RegisteredAtProperty = "RegisteredAt";

    private readonly TableClient _table;
    private volatile bool _tableReady;

    /// <summary>Creates the registry.</summary>
    /// <param name="tables">The account, from <see cref="TableStorageClients"/>.</param>
    /// <param name="tableName">The table, created on first register.</param>
    /// <exception cref="ArgumentException">A blank table name.</exception>
    public TableStorageWorkbookRegistry(TableServiceClient tables, string tableName = DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        TableName = tableName;
        _table = tables.GetTableClient(tableName);
    }

    /// <summary>The table holding the registry.</summary>
    public string TableName { get; }

    /// <inheritdoc />
    /// <exception cref="RequestFailedException">Table Storage refused, or gave no answer after the retries (a retry of
    /// the same registration is safe).</exception>
    public async Task<WorkbookRegistrationResult> RegisterAsync(
        string workbookId, string registeredBy, DateTimeOffset registeredAt, CancellationToken ct)
    {
        var registration = WorkbookRegistrationRules.Check(workbookId, registeredBy, registeredAt);
        var rowKey = TableStorageDecisionLogStoreLayout.EscapeKey(registration.WorkbookId);
        if (!_tableReady)
        {
            await _table.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
            _tableReady = true;
        }
        try
        {
            await _table.AddEntityAsync(TableEntityText.Entity(PartitionKey, rowKey, new Dictionary<string, string>
            {
                [WorkbookIdProperty] = registration.WorkbookId,
                [RegisteredByProperty] = registration.RegisteredBy,
                [RegisteredAtProperty] = registration.RegisteredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            }), ct).ConfigureAwait(false);
            return new WorkbookRegistrationResult(registration, Created: true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var stored = await _table.FindEntityAsync(PartitionKey, rowKey, ct).ConfigureAwait(false)
                ?? throw Corrupt(rowKey, "it was reported to exist, then could not be read");
            return new WorkbookRegistrationResult(Parse(stored), Created: false);
        }
    }

    /// <inheritdoc />
    /// <remarks>One query of the partition; a table not created yet is an empty registry.</remarks>
    /// <exception cref="RequestFailedException">Table Storage refused.</exception>
    public async Task<IReadOnlyList<WorkbookRegistration>> ListAsync(CancellationToken ct)
    {
        var registrations = new List<WorkbookRegistration>();
        try
        {
            await foreach (var row in _table.QueryAsync<TableEntity>(
                               TableClient.CreateQueryFilter($"PartitionKey eq {PartitionKey}"), cancellationToken: ct)
                               .ConfigureAwait(false))
            {
                registrations.Add(Parse(row));
            }
        }
        catch (RequestFailedException ex) when (registrations.Count == 0 && TableFailures.IsTableNotFound(ex))
        {
            return [];
        }
        return [.. registrations.OrderBy(r => r.WorkbookId, StringComparer.Ordinal)];
    }

    private WorkbookRegistration Parse(TableEntity row)
    {
        if (!TableStorageDecisionLogStoreLayout.TryUnescapeKey(row.RowKey, out var workbookId))
        {
            throw Corrupt(row.RowKey, "the row key is not an escaped workbook id");
        }
        var by = TableEntityText.Get(row, RegisteredByProperty);
        var at = TableEntityText.Get(row, RegisteredAtProperty);
        if (string.IsNullOrWhiteSpace(by))
        {
            throw Corrupt(row.RowKey, $"it has no {RegisteredByProperty}");
        }
        if (!DateTimeOffset.TryParseExact(at, "O", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
        {
            throw Corrupt(row.RowKey, $"its {RegisteredAtProperty} '{at}' is not an ISO 8601 UTC time");
        }
        return new WorkbookRegistration(workbookId, by, when.ToUniversalTime());
    }

    private InvalidDataException Corrupt(string rowKey, string problem) =>
        new($"Workbook registry table {TableName} partition {PartitionKey} row {rowKey} cannot be read: {problem}.");
}
