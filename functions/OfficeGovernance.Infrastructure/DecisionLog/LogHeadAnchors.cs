using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Application.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// The anchor of the log heads the settings select (docs/rules.md#decision-log): the container of
/// <c>DecisionLog:AnchorContainerUri</c> with managed identity (Azure), the <c>decision-log-anchors</c> container of
/// <c>DecisionLog:AnchorConnection</c> (Azurite, created when missing), else none.
/// </summary>
public static class LogHeadAnchors
{
    /// <summary>The anchor for <paramref name="options"/>, the writer's and verify's alike.</summary>
    /// <param name="options">The <c>DecisionLog:*</c> settings.</param>
    /// <param name="credential">Reaches <c>DecisionLog:AnchorContainerUri</c>; null for <see cref="DefaultAzureCredential"/>
    /// (the function app's managed identity); the CLI passes its signed-in credential.</param>
    /// <exception cref="ArgumentException">A setting is malformed; names the setting (never a key).</exception>
    public static ILogHeadAnchor Create(DecisionLogOptions options, Func<TokenCredential>? credential = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AnchorContainerUri is { Length: > 0 } uri)
        {
            var container = Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? parsed
                : throw new ArgumentException($"DecisionLog:AnchorContainerUri: '{uri}' is not an absolute URI.");
            return new BlobLogHeadAnchor(new BlobContainerClient(container, credential?.Invoke() ?? new DefaultAzureCredential()),
                "DecisionLog:AnchorContainerUri");
        }
        if (options.AnchorConnection is { Length: > 0 } connection)
        {
            return new BlobLogHeadAnchor(new BlobContainerClient(connection, BlobLogHeadAnchor.DefaultContainerName),
                "DecisionLog:AnchorConnection", createContainer: true);
        }
        return new NoLogHeadAnchor();
    }
}
