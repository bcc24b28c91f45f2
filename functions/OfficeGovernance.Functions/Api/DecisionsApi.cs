using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Http.Handlers;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Api;

/// <summary>The decision log and decision rights endpoints (docs/rules.md#decision-log, docs/rules.md#decision-rights).</summary>
public sealed class DecisionsApi(DecisionHandler decide, DecisionLogHandler log, DecisionRightsHandler rights)
{
    /// <summary><c>POST /api/decisions</c>: records a decision approved by the caller (<see cref="DecisionHandler"/>).</summary>
    [ApiOperation("Records a decision approved by the caller, after checking the stored workbook's DecisionRights.", Body = typeof(DecisionRequest), Headers = ["Idempotency-Key?"], Response = typeof(DecisionDocument), Success = [200, 201], Problems = [400, 403, 404, 409])]
    [Function(nameof(Decide))]
    public async Task<IActionResult> Decide(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "decisions")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await decide.HandleAsync(request, cancellationToken).Guarded());

    /// <summary><c>GET /api/decisions?workbookId=&amp;after=&amp;limit=</c>: one page of the workbook's log.</summary>
    [ApiOperation("One page of the workbook's decision log, in chain order: entries after the sequence 'after' (default 0), at most 'limit' (1 to DecisionLog:PageSize, default 500), and nextAfter for the next page (null on the last).", Query = ["workbookId", "after?", "limit?"], Response = typeof(DecisionPageDocument), Problems = [400, 404, 409])]
    [Function(nameof(ListDecisions))]
    public async Task<IActionResult> ListDecisions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "decisions")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await log.ListAsync(request, cancellationToken).Guarded());

    /// <summary><c>GET /api/decisions/verify?workbookId=</c>: the chain's verification.</summary>
    [ApiOperation("Verifies the decision log's hash chain, against the workbook's DecisionLog copy and the anchored heads; 409 names the first broken entry or the anchored head the log disagrees with; 503 when the configured anchor store cannot be read.", Query = ["workbookId"], Response = typeof(ChainVerification), Problems = [400, 404, 409, 503])]
    [Function(nameof(VerifyDecisions))]
    public async Task<IActionResult> VerifyDecisions(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "decisions/verify")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await log.VerifyAsync(request, cancellationToken).Guarded());

    /// <summary><c>GET /api/decision-rights?workbookId=&amp;initiativeId=&amp;type=&amp;amount=</c>: who may approve.</summary>
    [ApiOperation("Who may approve a decision of a type on an initiative, and whether the caller may.", Query = ["workbookId", "initiativeId", "type", "amount?"], Response = typeof(DecisionRightsDocument), Problems = [400, 404])]
    [Function(nameof(DecisionRights))]
    public async Task<IActionResult> DecisionRights(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "decision-rights")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await rights.HandleAsync(request, cancellationToken).Guarded());
}
