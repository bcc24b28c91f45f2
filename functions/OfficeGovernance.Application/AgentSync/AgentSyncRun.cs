using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Application.AgentSync;

/// <summary>
/// The agent sync of one workbook (docs/rules.md#workbook-contract, the Agents table): read every agent identity from
/// Entra Agent ID, then the workbook; validate it whole; plan; write the Agents table changes in one save through the
/// workbook round trip (<see cref="WorkbookRoundTrip"/>: a local file through its <c>.writing</c> file and only over the
/// bytes read; a stored workbook only over the ETag read, re-read and re-planned after a concurrent edit, at most
/// <c>maxAttempts</c> times). The workbook gets its <c>Settings.WorkbookId</c> in that save when it has none. A plan
/// that changes nothing writes nothing.
/// </summary>
public sealed class AgentSyncRun(IAgentIdentitySource identities, IWorkbookPackage package, IWorkbookFiles files)
{
    /// <summary>Syncs a local workbook file named by path.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The workbook is missing or invalid; nothing was written.</exception>
    /// <exception cref="WorkbookConflictException">The file changed on disk while the sync ran; nothing was written.</exception>
    /// <exception cref="IOException">Another write of the file is under way; nothing was written.</exception>
    public async Task<AgentSyncResult> SyncFileAsync(string path, Func<Guid> newWorkbookId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        // Entra first, the file last: the file's bytes are as fresh as they can be when its save checks them.
        var listing = await identities.ReadAllAsync(ct);
        var trip = await WorkbookRoundTrip.OpenFileAsync(files.Existing, package, path, ct);
        var (plan, saved) = await SyncAsync(trip, listing, newWorkbookId, ct);
        return new AgentSyncResult(path, plan, listing.Unreadable, saved, 1);
    }

    /// <summary>Syncs a stored workbook (the local folder or a drive item through Graph), saving only over the version read.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The workbook is invalid; nothing was written.</exception>
    /// <exception cref="WorkbookConflictException">It kept changing for every attempt; nothing was written.</exception>
    /// <exception cref="FileNotFoundException">No workbook has that id.</exception>
    public async Task<AgentSyncResult> SyncStoredAsync(
        IWorkbookSource workbooks, string id, int maxAttempts, Func<Guid> newWorkbookId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(workbooks);
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        var listing = await identities.ReadAllAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var trip = await WorkbookRoundTrip.OpenAsync(workbooks, package, id, id, ct);
            try
            {
                var (plan, saved) = await SyncAsync(trip, listing, newWorkbookId, ct);
                return new AgentSyncResult(id, plan, listing.Unreadable, saved, attempt);
            }
            catch (WorkbookConflictException) when (attempt < maxAttempts)
            {
                // Someone saved in between: their edit stands; plan again on their version.
            }
        }
    }

    private static async Task<(AgentSyncPlan Plan, bool Saved)> SyncAsync(
        WorkbookRoundTrip trip, AgentIdentityListing listing, Func<Guid> newWorkbookId, CancellationToken ct)
    {
        var plan = AgentSyncPlanner.Plan(trip.Workbook.Agents, listing.Identities);
        if (plan.ChangesNothing)
        {
            return (plan, false);
        }
        trip.SyncAgents(plan);
        // The system writes Settings.WorkbookId once, on its first write (docs/rules.md#workbook-contract): in this save.
        trip.GiveWorkbookId(newWorkbookId);
        await trip.SaveAsync(ct);
        return (plan, true);
    }
}
