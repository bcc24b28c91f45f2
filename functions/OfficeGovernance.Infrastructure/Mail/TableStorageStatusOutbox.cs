using System.Globalization;
using Azure.Data.Tables;
using Azure;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Graph;
using Layout = OfficeGovernance.Infrastructure.Mail.WeeklyStatusTableLayout;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// The Azure send of the weekly status (docs/rules.md#faults-and-retries): each message goes out through an
/// <see cref="IMailSender"/> at most once per workbook, message key and ISO week, recorded in Table Storage
/// (<see cref="WeeklyStatusTableLayout"/>). Protocol, so a crash between sending and recording sends nothing twice on
/// rerun: insert the row Pending (a 409 means another run wrote it: re-read), send with the row's stable send id as
/// Message-ID, then replace the row with Sent (If-Match on its ETag). A later call finding Sent returns false without
/// any Graph request; finding Pending asks <see cref="IMailSender.WasSentAsync"/> (the sender's Sent Items): found,
/// it marks the row Sent and returns false; not found, it sends again.
/// Limits: Sent Items may lag a send by seconds, so a rerun within moments of a lost answer can still send twice; two
/// runs of the same workbook at the same moment can both send a Pending message (the timer runs one at a time).
/// </summary>
public sealed class TableStorageStatusOutbox : IStatusOutbox
{
    /// <summary>Row property: "Pending" or "Sent".</summary>
    public const string StateProperty = "State";

    /// <summary>Row property: the send id (the Message-ID's local part).</summary>
    public const string SendIdProperty = "SendId";

    /// <summary>Row property: the mailbox it is (being) sent as.</summary>
    public const string SenderProperty = "Sender";

    /// <summary>Row property: when it was recorded Sent, ISO 8601 UTC ("O" format).</summary>
    public const string SentAtProperty = "SentAt";

    /// <summary>Row state before the send.</summary>
    public const string Pending = "Pending";

    /// <summary>Row state after the send.</summary>
    public const string Sent = "Sent";

    // A Table string property holds 64 KiB of UTF-16; audit text is cut well below it.
    private const int MaxAuditChars = 30_000;
    private const int MaxRecordAttempts = 3;

    private readonly TableClient _table;
    private readonly IMailSender _mail;
    private readonly string _workbookIdentity;
    private readonly TimeProvider _time;
    private volatile bool _tableReady;

    /// <summary>Creates the outbox of one workbook.</summary>
    /// <param name="tables">The account, from <see cref="TableStorageClients"/>.</param>
    /// <param name="mail">The mail sender (Graph in Azure).</param>
    /// <param name="workbookIdentity">The workbook's drive item id (or file name); the partition key is
    /// <see cref="TableStorageDecisionLogStoreLayout.PartitionKeyFor"/> of it.</param>
    /// <param name="time">The clock of the PendingAt and SentAt stamps (UTC).</param>
    /// <param name="tableName">The table, created on first send.</param>
    /// <exception cref="ArgumentException">A blank identity or table name.</exception>
    public TableStorageStatusOutbox(
        TableServiceClient tables, IMailSender mail, string workbookIdentity, TimeProvider time,
        string tableName = Layout.DefaultTableName)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        PartitionKey = TableStorageDecisionLogStoreLayout.PartitionKeyFor(workbookIdentity);
        _table = tables.GetTableClient(tableName);
        _mail = mail;
        _workbookIdentity = workbookIdentity;
        _time = time;
        TableName = tableName;
    }

    /// <summary>The table holding the records.</summary>
    public string TableName { get; }

    /// <summary>This workbook's partition.</summary>
    public string PartitionKey { get; }

    /// <summary>Sends the message unless the record says it was sent for its ISO week (see the class remarks).</summary>
    /// <param name="message">The message.</param>
    /// <param name="from">The sender mailbox (Settings SenderMailbox).</param>
    /// <param name="ct">Cancels; a cancelled send leaves the row Pending, and the rerun asks Sent Items.</param>
    /// <returns>True when sent now; false when it had been sent already (no message is sent).</returns>
    /// <exception cref="ArgumentException">The sender or a recipient is not an email address (the row stays Pending).</exception>
    /// <exception cref="InvalidDataException">The row exists but is not a send record; names the row.</exception>
    /// <exception cref="RequestFailedException">Table Storage refused; when it refused recording Sent after the
    /// send, the rerun finds the message in Sent Items and sends nothing.</exception>
    /// <exception cref="Microsoft.Kiota.Abstractions.ApiException">Graph refused the send; the row stays Pending.</exception>
    /// <exception cref="AggregateException">Graph's 429 or 503 outlasted the client's retries; the row stays Pending.</exception>
    public async Task<bool> SendAsync(StatusMessage message, string from, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        var sender = from.Trim();
        var rowKey = Layout.SentRowKey(message.IsoWeek, message.Key);
        var sendId = Layout.SendId(_workbookIdentity, message.IsoWeek, message.Key);
        await EnsureTableAsync(ct).ConfigureAwait(false);

        var (row, inserted) = await FindOrInsertPendingAsync(rowKey, message, sender, sendId, ct).ConfigureAwait(false);
        var state = StateOf(row);
        if (state == Sent)
        {
            return false;
        }
        if (!inserted)
        {
            if (await _mail.WasSentAsync(Property(row, SenderProperty), Property(row, SendIdProperty), ct)
                    .ConfigureAwait(false))
            {
                await RecordSentAsync(row, ct).ConfigureAwait(false);
                return false;
            }
            if (!string.Equals(Property(row, SenderProperty), sender, StringComparison.OrdinalIgnoreCase))
            {
                // The next rerun must look in the Sent Items of the mailbox that actually sends.
                row = await ReplaceAsync(row, Properties(row, (SenderProperty, sender)), ct).ConfigureAwait(false);
            }
        }
        await _mail.SendAsync(sender, message, Property(row, SendIdProperty), ct).ConfigureAwait(false);
        await RecordSentAsync(row, ct).ConfigureAwait(false);
        return true;
    }

    private async Task<(TableEntity Row, bool Inserted)> FindOrInsertPendingAsync(
        string rowKey, StatusMessage message, string sender, string sendId, CancellationToken ct)
    {
        var existing = await GetAsync(rowKey, ct).ConfigureAwait(false);
        if (existing is not null)
        {
            return (existing, false);
        }
        var pending = TableEntityText.Entity(PartitionKey, rowKey, new Dictionary<string, string>
        {
            [StateProperty] = Pending,
            [SendIdProperty] = sendId,
            [SenderProperty] = sender,
            ["IsoWeek"] = message.IsoWeek.ToString(),
            ["MessageKey"] = message.Key,
            ["Kind"] = message.Kind.ToString(),
            ["Recipients"] = Bounded(string.Join(", ", message.Recipients)),
            ["Subject"] = Bounded(message.Subject),
            ["PendingAt"] = Stamp(),
        });
        Response added;
        try
        {
            added = await _table.AddEntityAsync(pending, ct).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return (await GetAsync(rowKey, ct).ConfigureAwait(false) ?? throw Corrupt(rowKey, "it vanished after a conflict"),
                false);
        }
        return (await WithETagAsync(pending, added, ct).ConfigureAwait(false), true);
    }

    private async Task RecordSentAsync(TableEntity row, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ReplaceAsync(row, Properties(row, (StateProperty, Sent), (SentAtProperty, Stamp())), ct)
                    .ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxRecordAttempts)
            {
                // Another run touched the row since it was read: it may have recorded the send already.
                row = await GetAsync(row.RowKey, ct).ConfigureAwait(false) ?? throw Corrupt(row.RowKey, "it vanished");
                if (StateOf(row) == Sent)
                {
                    return;
                }
            }
        }
    }

    private async Task<TableEntity> ReplaceAsync(TableEntity row, Dictionary<string, string> properties, CancellationToken ct)
    {
        var replacement = TableEntityText.Entity(PartitionKey, row.RowKey, properties);
        var replaced = await _table.UpdateEntityAsync(replacement, row.ETag, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        return await WithETagAsync(replacement, replaced, ct).ConfigureAwait(false);
    }

    /// <summary>The row just written with the ETag of the service's answer (read back only when it carried none).</summary>
    private async Task<TableEntity> WithETagAsync(TableEntity written, Response answer, CancellationToken ct)
    {
        if (answer.Headers.ETag is { } etag)
        {
            written.ETag = etag;
            return written;
        }
        return await GetAsync(written.RowKey, ct).ConfigureAwait(false)
            ?? throw Corrupt(written.RowKey, "it vanished after it was written");
    }

    private static Dictionary<string, string> Properties(TableEntity row, params (string Name, string Value)[] changes)
    {
        var properties = TableEntityText.Properties(row);
        foreach (var (name, value) in changes)
        {
            properties[name] = value;
        }
        return properties;
    }

    private string StateOf(TableEntity row)
    {
        var state = TableEntityText.Get(row, StateProperty);
        Property(row, SendIdProperty);
        Property(row, SenderProperty);
        return state is Pending or Sent
            ? state
            : throw Corrupt(row.RowKey, $"its {StateProperty} is '{state}', not {Pending} or {Sent}");
    }

    private string Property(TableEntity row, string name) =>
        TableEntityText.Get(row, name) is { } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw Corrupt(row.RowKey, $"it has no {name}");

    private Task<TableEntity?> GetAsync(string rowKey, CancellationToken ct) =>
        _table.FindEntityAsync(PartitionKey, rowKey, ct);

    private async Task EnsureTableAsync(CancellationToken ct)
    {
        if (!_tableReady)
        {
            await _table.CreateIfNotExistsAsync(ct).ConfigureAwait(false);
            _tableReady = true;
        }
    }

    private string Stamp() => _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static string Bounded(string text) =>
        text.Length <= MaxAuditChars ? text : string.Concat(text.AsSpan(0, MaxAuditChars), " ... (cut)");

    private InvalidDataException Corrupt(string rowKey, string problem) =>
        new($"Weekly status record table {TableName} partition {PartitionKey} row {rowKey} cannot be used: {problem}.");
}
