namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// An entity of Azure Table Storage with string properties only (the decision log stores canonical text, so no
/// EDM typing is needed).
/// </summary>
/// <param name="PartitionKey">The partition key.</param>
/// <param name="RowKey">The row key.</param>
/// <param name="Properties">The other properties, by name.</param>
/// <param name="ETag">The entity's ETag as the service returned it; null for an entity not yet stored.</param>
public sealed record TableEntity(
    string PartitionKey, string RowKey, IReadOnlyDictionary<string, string> Properties, string? ETag = null);

/// <summary>What an entity group transaction does with one entity.</summary>
public enum TableOperationKind
{
    /// <summary>Insert; fails with 409 when the entity exists.</summary>
    Insert,
    /// <summary>Replace, guarded by <see cref="TableEntity.ETag"/> (If-Match); fails with 412 when it changed.</summary>
    Replace,
}

/// <summary>One operation of an entity group transaction.</summary>
/// <param name="Kind">Insert or replace.</param>
/// <param name="Entity">The entity; a Replace needs its ETag.</param>
public sealed record TableOperation(TableOperationKind Kind, TableEntity Entity);

/// <summary>Where a query continues: the service's next partition and row keys.</summary>
/// <param name="NextPartitionKey">x-ms-continuation-NextPartitionKey.</param>
/// <param name="NextRowKey">x-ms-continuation-NextRowKey, when given.</param>
public sealed record TableContinuation(string NextPartitionKey, string? NextRowKey);

/// <summary>One page of a query.</summary>
/// <param name="Entities">The entities, in key order.</param>
/// <param name="Next">Where the next page starts; null on the last page.</param>
public sealed record TablePage(IReadOnlyList<TableEntity> Entities, TableContinuation? Next);

/// <summary>
/// A failed Table Storage request, after the pipeline's retries.
/// </summary>
/// <param name="status">The HTTP status (412 precondition failed, 409 conflict, 404 not found, ...).</param>
/// <param name="errorCode">The service's error code, such as <c>UpdateConditionNotSatisfied</c>; null when absent.</param>
/// <param name="message">What failed.</param>
public sealed class TableRequestFailedException(int status, string? errorCode, string message) : Exception(message)
{
    /// <summary>The HTTP status.</summary>
    public int Status { get; } = status;

    /// <summary>The service's error code; null when absent.</summary>
    public string? ErrorCode { get; } = errorCode;
}

/// <summary>
/// The few Table Storage operations the decision log needs, over the Table REST API. This interface and this folder
/// are the one place to change the day the package feed has Azure.Data.Tables.
/// </summary>
public interface ITableService
{
    /// <summary>Creates the table unless it exists.</summary>
    /// <exception cref="TableRequestFailedException">The service refused.</exception>
    Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken);

    /// <summary>One entity, or null when there is none.</summary>
    /// <exception cref="TableRequestFailedException">The service refused (other than 404).</exception>
    Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken);

    /// <summary>
    /// One page of the entities of a partition whose row keys lie in [<paramref name="rowKeyFrom"/>,
    /// <paramref name="rowKeyTo"/>), in row key order; pass the previous page's continuation to go on.
    /// </summary>
    /// <exception cref="TableRequestFailedException">The service refused.</exception>
    Task<TablePage> QueryAsync(
        string table, string partitionKey, string rowKeyFrom, string rowKeyTo, TableContinuation? continuation,
        CancellationToken cancellationToken);

    /// <summary>
    /// Runs the operations (all on one partition, at most 100) as one entity group transaction: all succeed or none.
    /// </summary>
    /// <exception cref="TableRequestFailedException">The transaction failed: 412 when a Replace's ETag no longer matches, 409 when an Insert's entity exists.</exception>
    Task SubmitTransactionAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken);
}
