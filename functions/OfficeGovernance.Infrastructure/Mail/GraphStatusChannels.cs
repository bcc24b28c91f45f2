using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Graph;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// Azure channels (<c>Workbooks:Store Graph</c>): mail through Graph sendMail as the workbook's SenderMailbox, with
/// what was sent and each week's verdicts recorded in Table Storage, one partition per workbook (docs/rules.md#weekly-status,
/// docs/rules.md#faults-and-retries).
/// </summary>
public sealed class GraphStatusChannels(StorageTables storage, IMailSender mail, TimeProvider time) : IStatusChannels
{
    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No Table Storage is configured, so sends could not be recorded.</exception>
    public StatusChannel For(string workbookId)
    {
        if (WorkbookId.ProblemOf(workbookId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(workbookId));
        }
        var tables = storage.Service ?? throw new InvalidOperationException(
            "The weekly status through Graph records its sends in Table Storage: set DecisionLog:TableConnection or DecisionLog:TableEndpoint.");
        return new StatusChannel(
            new TableStorageStatusOutbox(tables, mail, workbookId, time),
            new TableStorageReviewSnapshotStore(tables, workbookId));
    }
}
