using Microsoft.Extensions.Options;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// Opens a workbook's decision log (PRODUCT.md section 3): Table Storage, one partition per workbook id, when
/// <c>DecisionLog:TableConnection</c> or <c>DecisionLog:TableEndpoint</c> is set; else
/// <c>DecisionLog:Directory/escaped-id.decisions.jsonl</c>.
/// </summary>
public sealed class WorkbookDecisionLogs(IOptions<DecisionLogOptions> options, StorageTables storage)
{
    /// <summary>The log of one workbook.</summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    public IDecisionLogStore Open(string workbookId)
    {
        if (WorkbookId.ProblemOf(workbookId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(workbookId));
        }
        if (storage.Service is { } tables)
        {
            return new TableStorageDecisionLogStore(tables, workbookId);
        }
        var directory = Path.GetFullPath(options.Value.Directory);
        Directory.CreateDirectory(directory);
        return new JsonLinesDecisionLogStore(Path.Combine(directory, WorkbookId.Escape(workbookId) + ".decisions.jsonl"));
    }
}
