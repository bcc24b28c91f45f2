using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.AgentSync;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api;

/// <summary>The agent sync from Microsoft Entra Agent ID (docs/rules.md#agent-sync; issue 26).</summary>
public sealed class AgentsApi(AgentSyncHandler sync)
{
    /// <summary><c>POST /api/agents/sync</c>: syncs the stored workbook's Agents table (<see cref="AgentSyncHandler"/>).</summary>
    [ApiOperation("Syncs the stored workbook's Agents table from Microsoft Entra Agent ID and saves it once over the version read.", Body = typeof(AgentSyncRequest), Response = typeof(AgentSyncDocument), Problems = [400, 404, 409])]
    [Function(nameof(SyncAgents))]
    public async Task<IActionResult> SyncAgents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agents/sync")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await sync.HandleAsync(request, cancellationToken));
}
