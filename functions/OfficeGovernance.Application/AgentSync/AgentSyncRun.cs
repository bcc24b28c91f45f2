using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Application.AgentSync;

/// <summary>
/// The agent sync of one workbook (docs/rules.md#workbook-contract, the Agents table): read every agent identity from
/// Entra Agent ID, then the workbook; validate it whole; plan; write the Agents table changes in one save through the
/// workbook round trip (a local file through its <c>.writing</c> file and only over the bytes read; a stored workbook
/// only over the ETag read, re-read and re-planned after a concurrent edit, at most <c>maxAttempts</c> times). The
/// workbook gets its <c>Settings.WorkbookId</c> in that save when it has none. A plan that changes nothing writes
/// nothing.
/// </summary>
public sealed class AgentSyncRun(IAgentIdentitySource identities, IWorkbookPackage package, IWorkbookFiles files)
{
    /// <summary>Syncs a local workbook file.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The workbook is missing or invalid; nothing was written.</exception>
    /// <exception cref="IOException">The file changed on disk while the sync ran, or another write is under way; nothing was written.</exception>
    public async Task<AgentSyncResult> SyncFileAsync(string path, Func<Guid> newWorkbookId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        // Entra first, the file last: the file's bytes are as fresh as they can be when its write checks them.
        var listing = await identities.ReadAllAsync(ct);
        var loaded = files.Load(path);
        var plan = AgentSyncPlanner.Plan(loaded.Workbook.Agents, listing.Identities);
        if (plan.ChangesNothing)
        {
            return new AgentSyncResult(path, plan, listing.Unreadable, false, 1);
        }
        var label = Path.GetFileName(path);
        var updated = package.ApplyAgentSync(loaded.Bytes, plan, label);
        // The system writes Settings.WorkbookId once, on its first write (docs/rules.md#workbook-contract): in this save.
        files.Save(loaded, loaded.Workbook.Settings.WorkbookId is null ? package.StampWorkbookId(updated, newWorkbookId(), label) : updated);
        return new AgentSyncResult(path, plan, listing.Unreadable, true, 1);
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
            var file = await workbooks.GetAsync(id, ct);
            var workbook = package.Parse(file.Bytes, id);
            var plan = AgentSyncPlanner.Plan(workbook.Agents, listing.Identities);
            if (plan.ChangesNothing)
            {
                return new AgentSyncResult(id, plan, listing.Unreadable, false, attempt);
            }
            var updated = package.ApplyAgentSync(file.Bytes, plan, id);
            if (workbook.Settings.WorkbookId is null)
            {
                updated = package.StampWorkbookId(updated, newWorkbookId(), id);
            }
            try
            {
                await workbooks.SaveAsync(id, updated, file.ETag, ct);
                return new AgentSyncResult(id, plan, listing.Unreadable, true, attempt);
            }
            catch (WorkbookConflictException) when (attempt < maxAttempts)
            {
                // Someone saved in between: their edit stands; plan again on their version.
            }
        }
    }
}
