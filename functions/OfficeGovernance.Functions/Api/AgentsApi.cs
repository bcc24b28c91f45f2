using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Functions.Http.Handlers;

namespace OfficeGovernance.Functions.Api;

/// <summary>The agent sync from Microsoft Entra Agent ID (PRODUCT.md sections 2 and 5; issue 26).</summary>
public sealed class AgentsApi(AgentSyncHandler sync)
{
    /// <summary><c>POST /api/agents/sync</c>: syncs the stored workbook's Agents table (<see cref="AgentSyncHandler"/>).</summary>
    [Function(nameof(SyncAgents))]
    public async Task<IActionResult> SyncAgents(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "agents/sync")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await sync.HandleAsync(request, cancellationToken));
}
