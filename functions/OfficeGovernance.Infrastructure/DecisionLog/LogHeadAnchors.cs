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
    /// <summary>The anchor for <paramref name="options"/>.</summary>
    public static ILogHeadAnchor Create(DecisionLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AnchorContainerUri is { Length: > 0 } uri)
        {
            return new BlobLogHeadAnchor(new BlobContainerClient(new Uri(uri), new DefaultAzureCredential()), "DecisionLog:AnchorContainerUri");
        }
        if (options.AnchorConnection is { Length: > 0 } connection)
        {
            return new BlobLogHeadAnchor(new BlobContainerClient(connection, BlobLogHeadAnchor.DefaultContainerName),
                "DecisionLog:AnchorConnection", createContainer: true);
        }
        return new NoLogHeadAnchor();
    }
}
