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
/// the policy) the same code runs over a connection string.
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
