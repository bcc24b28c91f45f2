using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;
using OfficeGovernance.Application.DecisionLog;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// The Table Storage account of the decision logs and the weekly status records: <c>DecisionLog:TableConnection</c>
/// (a connection string) or <c>DecisionLog:TableEndpoint</c> (managed identity); none when neither is set.
/// </summary>
public sealed class StorageTables(IOptions<DecisionLogOptions> options)
{
    private readonly Lazy<TableServiceClient?> _service = new(() => Create(options.Value));

    /// <summary>The service, created on first use; null when no Table Storage is configured.</summary>
    public TableServiceClient? Service => _service.Value;

    /// <summary>True when a connection or an endpoint is set.</summary>
    public static bool IsConfigured(DecisionLogOptions o) =>
        !string.IsNullOrWhiteSpace(o.TableConnection) || !string.IsNullOrWhiteSpace(o.TableEndpoint);

    private static TableServiceClient? Create(DecisionLogOptions o) =>
        o.TableConnection is { Length: > 0 } connection ? TableStorageClients.Create(connection)
        : o.TableEndpoint is { Length: > 0 } endpoint ? TableStorageClients.Create(endpoint, new DefaultAzureCredential())
        : null;
}
