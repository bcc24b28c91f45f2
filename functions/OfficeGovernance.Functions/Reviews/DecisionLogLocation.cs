using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Functions.Reviews;

/// <summary>
/// Resolves the <c>--decision-log</c> value of PRODUCT.md section 5: a file path selects the embedded JSON Lines
/// store (default <c>&lt;workbook&gt;.decisions.jsonl</c>); an Azure Storage connection string selects Table Storage.
/// </summary>
public static class DecisionLogLocation
{
    /// <summary>Opens the decision log for a workbook.</summary>
    /// <exception cref="ArgumentException">The value is a Table Storage connection string, which this build cannot open yet.</exception>
    public static IDecisionLogStore Open(string? value, string workbookPath)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new JsonLinesDecisionLogStore(JsonLinesDecisionLogStore.DefaultPathFor(workbookPath));
        }
        if (IsConnectionString(value))
        {
            throw new ArgumentException(
                "--decision-log: Azure Table Storage decision logs are not available in this build yet (issue #4); pass a file path.");
        }
        return new JsonLinesDecisionLogStore(value);
    }

    /// <summary>True for values such as <c>UseDevelopmentStorage=true</c> or <c>DefaultEndpointsProtocol=...;TableEndpoint=...</c>.</summary>
    public static bool IsConnectionString(string value) =>
        value.Contains("UseDevelopmentStorage=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("TableEndpoint=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("DefaultEndpointsProtocol=", StringComparison.OrdinalIgnoreCase);
}
