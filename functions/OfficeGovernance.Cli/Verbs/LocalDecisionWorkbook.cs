using OfficeGovernance.Application.Decisions;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// A local workbook file as the workbook of a <c>decide</c> (docs/rules.md#workbook-binding): the stored workbook it
/// presents is the file itself, by full path, so the workbook an id is bound to is another file, readable by whoever
/// runs the command. Its WorkbookId is given through the file's <see cref="WorkbookRoundTrip"/>.
/// </summary>
internal sealed class LocalDecisionWorkbook(
    WorkbookRoundTrip trip, IDecisionLogStore log, bool shared, string? logValue, CliContext context) : IDecisionWorkbook
{
    public string Label => trip.Label;

    public PortfolioWorkbook Workbook => trip.Workbook;

    public IDecisionLogStore Log => log;

    public bool IsShared => shared;

    public Task<bool> MayReadHolderAsync(string holder, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<PortfolioWorkbook?> ReadHolderAsync(string holder, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(holder) ? PortfolioWorkbookFile.Load(holder).Workbook : null);

    // The shared log is keyed by Settings.WorkbookId, written once by the system: before the first decision, so that
    // no decision is ever logged under a key the workbook does not carry.
    public async Task<IDecisionLogStore> GiveWorkbookIdAsync(CancellationToken cancellationToken)
    {
        var id = trip.GiveWorkbookId(context.NewWorkbookId);
        await trip.SaveAsync(cancellationToken);
        return DecisionLogLocation.Open(logValue, trip.WorkbookId, trip.Workbook.Settings with { WorkbookId = id }, context);
    }
}
