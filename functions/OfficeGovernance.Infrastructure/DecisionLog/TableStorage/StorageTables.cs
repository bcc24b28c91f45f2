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

    // The one table-client factory of the decision logs (DecisionLogStores), with the function app's managed identity.
    private static TableServiceClient? Create(DecisionLogOptions o) => DecisionLogStores.Tables(
        o.TableConnection, o.TableEndpoint, () => new DefaultAzureCredential(),
        $"{DecisionLogOptions.Section}:{nameof(DecisionLogOptions.TableEndpoint)}");
}
