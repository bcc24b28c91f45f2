using System.Text;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// The log head's anchor outside the log (<c>docs/rules.md#decision-log</c>;
/// <c>docs/adr-0033-worm-anchor-of-the-log-head.md</c>): one append blob per workbook,
/// <c>escaped-workbookId.heads.jsonl</c>, to which the weekly run appends one JSON line
/// <c>{"workbookId","sequence","hash","anchoredAt"}</c> (UTC). In Azure the container has a time-based immutability
/// policy with protected append writes (infra/app/storage.bicep), so lines can be added and never changed or deleted
/// while the policy holds; reached with the app's managed identity. Locally and under Azurite (which does not enforce
/// the policy) the same code runs over a connection string. <see cref="ReadAsync"/> reads the lines back for
/// <c>decisions verify</c>, line by line.
/// </summary>
/// <param name="container">The anchor container.</param>
/// <param name="setting">The setting that names the container, for messages.</param>
/// <param name="createContainer">Create the container when missing (locally and on Azurite; in Azure infra/ provisions it with its policy).</param>
public sealed class BlobLogHeadAnchor(BlobContainerClient container, string setting, bool createContainer = false) : ILogHeadAnchor
{
    /// <summary>The container provisioned by infra/ and created locally: <c>decision-log-anchors</c>.</summary>
    public const string DefaultContainerName = "decision-log-anchors";

    /// <summary>The blob of a workbook's anchors: its id escaped (a drive item id holds a slash) plus <c>.heads.jsonl</c>.</summary>
    public static string BlobName(string workbookId) => Uri.EscapeDataString(workbookId) + ".heads.jsonl";

    /// <inheritdoc />
    public string? Store => $"the container {container.Name} ({setting})";

    /// <inheritdoc />
    /// <remarks>A missing container or blob holds no anchored head yet (an empty list): verify then says the anchor was
    /// not checked. Lines naming another workbook are left out.</remarks>
    /// <exception cref="LogHeadAnchorUnavailableException">The service refused or did not answer, or a line is not an
    /// anchor record; one line naming the container, the setting and the line or status.</exception>
    public async Task<IReadOnlyList<LogHeadAnchor>> ReadAsync(string workbookId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workbookId);
        var anchors = new List<LogHeadAnchor>();
        var blob = container.GetBlobClient(BlobName(workbookId));
        try
        {
            using var reader = new StreamReader(
                await blob.OpenReadAsync(cancellationToken: cancellationToken).ConfigureAwait(false), new UTF8Encoding(false, true));
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                number++;
                if (line.Length > 0 && Parse(line, number, workbookId) is { } anchor)
                {
                    anchors.Add(anchor);
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404 && (createContainer || e.ErrorCode != "ContainerNotFound"))
        {
            // No blob (or, locally, no container yet): nothing anchored yet, which the verify answer states as such.
            // In Azure infra/ provisions the container, so its absence is a wrong setting, reported below.
            return [];
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or IOException or DecoderFallbackException)
        {
            throw new LogHeadAnchorUnavailableException(
                $"The decision log's anchor cannot be read from {Store}: {Reason(e)}; the log was not verified.", e);
        }
        return anchors;
    }

    private LogHeadAnchor? Parse(string line, int number, string workbookId)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var anchor = new LogHeadAnchor(
                root.GetProperty("workbookId").GetString() ?? "",
                new LogHead(root.GetProperty("sequence").GetInt64(), root.GetProperty("hash").GetString() ?? ""),
                root.GetProperty("anchoredAt").GetDateTimeOffset());
            return string.Equals(anchor.WorkbookId, workbookId, StringComparison.Ordinal) ? anchor : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new LogHeadAnchorUnavailableException(
                $"The decision log's anchor in {Store}, blob {BlobName(workbookId)} line {number}, is not an anchor record " +
                $"({e.Message.Split('\n')[0].Trim()}); the log was not verified.", e);
        }
    }

    private static string Reason(Exception e) => e switch
    {
        RequestFailedException { Status: 0 } failed => $"no answer ({(failed.InnerException ?? failed).Message.Split('\n')[0].Trim().TrimEnd('.')})",
        RequestFailedException failed => $"{failed.Status} {failed.ErrorCode}",
        AggregateException many => $"no answer ({(many.InnerExceptions.FirstOrDefault()?.Message ?? many.Message).Split('\n')[0].Trim().TrimEnd('.')})",
        _ => e.Message.Split('\n')[0].Trim().TrimEnd('.'),
    };

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The container cannot be written; names the container and the setting.</exception>
    public async Task AppendAsync(LogHeadAnchor anchor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var line = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["workbookId"] = anchor.WorkbookId,
            ["sequence"] = anchor.Head.Sequence,
            ["hash"] = anchor.Head.Hash,
            ["anchoredAt"] = anchor.AnchoredAt.ToUniversalTime(),
        }) + "\n";
        var blob = container.GetAppendBlobClient(BlobName(anchor.WorkbookId));
        try
        {
            if (createContainer)
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            await blob.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            using var block = new MemoryStream(Encoding.UTF8.GetBytes(line));
            await blob.AppendBlockAsync(block, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            throw new InvalidOperationException(
                $"The log head of {anchor.WorkbookId} could not be anchored in the container {container.Name} ({setting}): {e.Status} {e.ErrorCode}.", e);
        }
    }
}
