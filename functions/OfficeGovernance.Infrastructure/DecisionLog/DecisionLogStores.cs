using Azure.Core;
using Azure.Data.Tables;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// The one place that chooses a workbook's decision-log store and opens it (docs/rules.md#decision-log), for both
/// hosts: the server's <see cref="WorkbookDecisionLogs"/> (by stored workbook id) and the CLI's log beside a file.
/// Shared, in Table Storage, when a connection string or an endpoint is configured: one partition per
/// <c>Settings.WorkbookId</c>; otherwise the embedded JSON Lines store. Either way bound to the stored workbook that
/// presents it (ADR 0021), an unkeyed shared log excepted.
/// </summary>
public static class DecisionLogStores
{
    /// <summary>
    /// The Table Storage service of the shared logs: a connection string, else an endpoint reached with
    /// <paramref name="credential"/>; null when neither is set (the logs are then files).
    /// </summary>
    /// <param name="connection">A connection string (<c>UseDevelopmentStorage=true</c>, <c>DefaultEndpointsProtocol=...</c>), or null.</param>
    /// <param name="endpoint">An https Table endpoint, or null.</param>
    /// <param name="credential">Makes the credential for the endpoint, called only when the endpoint is used.</param>
    /// <param name="endpointSetting">Names the endpoint's setting in the problem when it is not an absolute URI.</param>
    /// <exception cref="ArgumentException">The connection string or the endpoint is malformed (the message never shows a key).</exception>
    public static TableServiceClient? Tables(string? connection, string? endpoint, Func<TokenCredential> credential, string endpointSetting)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (connection is { Length: > 0 })
        {
            return TableStorageClients.Create(connection);
        }
        if (endpoint is not { Length: > 0 })
        {
            return null;
        }
        var uri = Uri.TryCreate(endpoint, UriKind.Absolute, out var parsed) ? parsed
            : throw new ArgumentException($"{endpointSetting}: '{endpoint}' is not an absolute URI.");
        return TableStorageClients.Create(uri, credential());
    }

    /// <summary>Opens the log of a workbook whose Settings the caller has read, as a <see cref="BoundDecisionLog"/>.</summary>
    /// <param name="tables">The shared logs' service, or null for the file store.</param>
    /// <param name="filePath">The JSON Lines file when <paramref name="tables"/> is null.</param>
    /// <param name="settings">The workbook's Settings; a shared log without a WorkbookId is an <see cref="UnkeyedDecisionLog"/>.</param>
    /// <param name="presenting">The stored workbook the log is bound to: a drive item or file name on the server, a full path in the CLI.</param>
    /// <param name="unkeyedName">Names the workbook in an unkeyed shared log's problems.</param>
    /// <param name="fileLocation">How a file log is named in problems (the server never shows its path); null for the path.</param>
    public static IDecisionLogStore Open(
        TableServiceClient? tables, string filePath, PortfolioSettings settings, string presenting, string unkeyedName,
        string? fileLocation = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (tables is null)
        {
            var file = new JsonLinesDecisionLogStore(filePath);
            return new BoundDecisionLog(file, new JsonLinesWorkbookBinding(file.FilePath), presenting, fileLocation);
        }
        if (settings.WorkbookId is not { } key)
        {
            return new UnkeyedDecisionLog(unkeyedName);
        }
        var table = new TableStorageDecisionLogStore(tables, DecisionLogKey.Of(key));
        return new BoundDecisionLog(table, table, presenting);
    }
}
