using Azure.Data.Tables;
using Azure.Identity;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// Resolves where a workbook's decision log lives (PRODUCT.md section 5). In order: the <c>--decision-log</c> value
/// (a file path selects the embedded JSON Lines store; an Azure Storage connection string, such as
/// <c>UseDevelopmentStorage=true</c> or <c>DefaultEndpointsProtocol=...;TableEndpoint=...</c>, selects Table Storage);
/// else the settings <c>DecisionLog:TableConnection</c> (a connection string) or <c>DecisionLog:TableEndpoint</c>
/// (an https endpoint reached with managed identity, through <see cref="DefaultAzureCredential"/>), read from the
/// environment as <c>DecisionLog__TableConnection</c> and <c>DecisionLog__TableEndpoint</c>; else
/// <c>&lt;workbook&gt;.decisions.jsonl</c> beside the workbook. In Table Storage the workbook's file name is its
/// partition: one chain per workbook name.
/// </summary>
public static class DecisionLogLocation
{
    /// <summary>The setting that names a Table Storage connection string.</summary>
    public const string TableConnectionVariable = "DecisionLog__TableConnection";

    /// <summary>The setting that names a Table Storage endpoint reached with managed identity.</summary>
    public const string TableEndpointVariable = "DecisionLog__TableEndpoint";

    /// <summary>Opens the decision log for a workbook.</summary>
    /// <exception cref="ArgumentException">A connection string or endpoint is malformed (the message never shows a key).</exception>
    public static IDecisionLogStore Open(string? value, string workbookPath) =>
        Open(value, workbookPath, Environment.GetEnvironmentVariable);

    /// <summary>Opens the decision log for a workbook, reading settings through <paramref name="setting"/>.</summary>
    /// <exception cref="ArgumentException">A connection string or endpoint is malformed.</exception>
    public static IDecisionLogStore Open(string? value, string workbookPath, Func<string, string?> setting)
    {
        var partition = Path.GetFileName(workbookPath);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return IsConnectionString(value)
                ? Table(TableStorageClients.Create(value), partition)
                : new JsonLinesDecisionLogStore(value);
        }
        if (setting(TableConnectionVariable) is { Length: > 0 } connection)
        {
            return Table(TableStorageClients.Create(connection), partition);
        }
        if (setting(TableEndpointVariable) is { Length: > 0 } endpoint)
        {
            var uri = Uri.TryCreate(endpoint, UriKind.Absolute, out var parsed) ? parsed
                : throw new ArgumentException($"{TableEndpointVariable}: '{endpoint}' is not an absolute URI.");
            return Table(TableStorageClients.Create(uri, new DefaultAzureCredential()), partition);
        }
        return new JsonLinesDecisionLogStore(JsonLinesDecisionLogStore.DefaultPathFor(workbookPath));
    }

    /// <summary>True for values such as <c>UseDevelopmentStorage=true</c> or <c>DefaultEndpointsProtocol=...;TableEndpoint=...</c>.</summary>
    public static bool IsConnectionString(string value) =>
        value.Contains("UseDevelopmentStorage=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("TableEndpoint=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("DefaultEndpointsProtocol=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase);

    private static TableStorageDecisionLogStore Table(TableServiceClient service, string partition) => new(service, partition);
}
