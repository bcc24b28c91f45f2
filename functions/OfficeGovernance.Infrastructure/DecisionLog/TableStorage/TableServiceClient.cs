using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// <see cref="ITableService"/> over the Table REST API (version 2019-02-02, JSON without metadata) on an Azure.Core
/// <see cref="HttpPipeline"/>: retries from <see cref="TableClientOptions"/>, a fresh <c>x-ms-date</c> per attempt,
/// then Shared Key signing or a bearer token (scope <c>https://storage.azure.com/.default</c>). PRODUCT.md section 3
/// (the log lives in Table Storage) and section 5 (settings). Swap for Azure.Data.Tables when the feed has it.
/// Every operation throws <see cref="TableTransportException"/> when no answer came after the retries (outcome
/// unknown), and <see cref="ArgumentException"/> for an invalid table name or key (before sending).
/// </summary>
public sealed partial class TableServiceClient : ITableService
{
    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;

    /// <summary>A client for <paramref name="connection"/>.</summary>
    /// <param name="connection">Endpoint and credentials.</param>
    /// <param name="options">Retries and transport; null for <see cref="TableClientOptions"/>' defaults.</param>
    /// <param name="time">The clock for <c>x-ms-date</c>; null for the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    public TableServiceClient(TableConnection connection, TableClientOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _endpoint = connection.TableEndpoint;
        HttpPipelinePolicy authentication = connection.AccountKey is { } key
            ? new TableSharedKeyPolicy(connection.AccountName!, key)
            : new BearerTokenAuthenticationPolicy(connection.Credential!, TableProtocol.TokenScope);
        _pipeline = HttpPipelineBuilder.Build(
            options ?? new TableClientOptions(),
            perCallPolicies: [],
            perRetryPolicies: [new TableDatePolicy(time ?? TimeProvider.System), authentication],
            responseClassifier: new ResponseClassifier());
    }

    /// <inheritdoc />
    public async Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken)
    {
        TableAddress.CheckTableName(table);
        using var message = NewMessage(RequestMethod.Post, TableAddress.Tables(_endpoint), TableProtocol.NoMetadata);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message.Request, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = table }));
        var what = $"Creating table {table}";
        var response = await SendAsync(message, what, cancellationToken).ConfigureAwait(false);
        if (response.Status is 201 or 204)
        {
            return;
        }

        var failure = TableFailure.From(response, what);
        if (response.Status != 409 || failure.ErrorCode != "TableAlreadyExists")
        {
            throw failure;
        }
    }

    /// <inheritdoc />
    /// <remarks>A missing table (404 TableNotFound) is thrown, not read as a missing entity.</remarks>
    public async Task<TableEntity?> GetAsync(
        string table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        TableAddress.CheckTableName(table);
        TableAddress.CheckKey(partitionKey, nameof(partitionKey));
        TableAddress.CheckKey(rowKey, nameof(rowKey));
        using var message = NewMessage(
            RequestMethod.Get, TableAddress.Entity(_endpoint, table, partitionKey, rowKey), TableProtocol.NoMetadata);
        var what = $"Reading {table}({partitionKey}, {rowKey})";
        var response = await SendAsync(message, what, cancellationToken).ConfigureAwait(false);
        if (response.Status == 200)
        {
            using var document = JsonDocument.Parse(response.Content.ToMemory());
            return TableEntityJson.Read(document.RootElement, Header(response, "ETag"));
        }

        var failure = TableFailure.From(response, what);
        return response.Status == 404 && failure.ErrorCode != "TableNotFound" ? null : throw failure;
    }

    /// <inheritdoc />
    /// <remarks>Pages hold at most 1,000 entities (the service's limit); each carries its ETag.</remarks>
    public async Task<TablePage> QueryAsync(
        string table, string partitionKey, string rowKeyFrom, string rowKeyTo, TableContinuation? continuation,
        CancellationToken cancellationToken)
    {
        TableAddress.CheckTableName(table);
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(rowKeyFrom);
        ArgumentNullException.ThrowIfNull(rowKeyTo);
        var uri = TableAddress.Query(_endpoint, table, partitionKey, rowKeyFrom, rowKeyTo, continuation);
        using var message = NewMessage(RequestMethod.Get, uri, TableProtocol.MinimalMetadata);
        var what = $"Querying {table} partition {partitionKey}";
        var response = await SendAsync(message, what, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw TableFailure.From(response, what);
        }

        using var document = JsonDocument.Parse(response.Content.ToMemory());
        var entities = document.RootElement.GetProperty("value").EnumerateArray()
            .Select(e => TableEntityJson.Read(e, etag: null))
            .ToList();
        var nextPartition = Header(response, "x-ms-continuation-NextPartitionKey");
        var next = nextPartition is null
            ? null
            : new TableContinuation(nextPartition, Header(response, "x-ms-continuation-NextRowKey"));
        return new TablePage(entities, next);
    }

    private HttpMessage NewMessage(RequestMethod method, Uri uri, string accept)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(uri);
        request.Headers.SetValue("x-ms-version", TableProtocol.Version);
        request.Headers.SetValue("DataServiceVersion", TableProtocol.DataServiceVersion);
        request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        request.Headers.SetValue("Accept", accept);
        return message;
    }

    private static void SetJson(Request request, byte[] body)
    {
        request.Headers.SetValue("Content-Type", TableProtocol.Json);
        request.Content = RequestContent.Create(body);
    }

    private async Task<Response> SendAsync(HttpMessage message, string what, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AggregateException or IOException or RequestFailedException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new TableTransportException(
                $"{what}: no answer from the Table service after the retries; the outcome is unknown.", ex);
        }

        return message.Response;
    }

    private static string? Header(Response response, string name) =>
        response.Headers.TryGetValue(name, out var value) ? value : null;
}
