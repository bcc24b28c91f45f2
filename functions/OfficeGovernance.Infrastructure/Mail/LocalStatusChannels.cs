using Microsoft.Extensions.Options;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// Local channels (<c>Workbooks:Store Local</c>): .eml files and verdict snapshots in
/// <c>WeeklyStatus:Outbox/escaped-workbook-id/</c>.
/// </summary>
public sealed class LocalStatusChannels(IOptions<WeeklyStatusOptions> options, TimeProvider time) : IStatusChannels
{
    /// <inheritdoc />
    public StatusChannel For(string workbookId)
    {
        if (WorkbookId.ProblemOf(workbookId) is { } problem)
        {
            throw new ArgumentException(problem, nameof(workbookId));
        }
        var directory = Path.Combine(Path.GetFullPath(options.Value.Outbox), WorkbookId.Escape(workbookId));
        return new StatusChannel(new EmlOutbox(directory, time), new FileReviewSnapshotStore(directory));
    }
}
