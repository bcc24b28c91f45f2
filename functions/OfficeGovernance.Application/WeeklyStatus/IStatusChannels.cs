using Microsoft.Extensions.Options;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.Mail;

namespace OfficeGovernance.Functions.Mail;

/// <summary>Where one workbook's weekly status goes and what it remembers (PRODUCT.md section 4).</summary>
/// <param name="Outbox">Sends each message once per recipient group and ISO week.</param>
/// <param name="Snapshots">The verdicts of earlier weeks, for "what changed".</param>
public sealed record StatusChannel(IStatusOutbox Outbox, IReviewSnapshotStore Snapshots);

/// <summary>The weekly status channel of each workbook.</summary>
public interface IStatusChannels
{
    /// <summary>The channel of one workbook; never shared with another workbook.</summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    StatusChannel For(string workbookId);
}

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
