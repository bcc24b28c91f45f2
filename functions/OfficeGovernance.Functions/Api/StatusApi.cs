using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Http.Handlers;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Api;

/// <summary>The weekly status preview of docs/rules.md#weekly-status.</summary>
public sealed class StatusApi(StatusPreviewHandler preview)
{
    /// <summary><c>GET /api/status/preview?workbookId=&amp;asOf=</c>: the messages a workbook would get (<see cref="StatusPreviewHandler"/>).</summary>
    [ApiOperation("The weekly status messages the workbook would get as of a date; nothing is sent.", Query = ["workbookId", "asOf?"], Response = typeof(StatusMessageDocument[]), Problems = [400, 404])]
    [Function(nameof(StatusPreview))]
    public async Task<IActionResult> StatusPreview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "status/preview")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await preview.HandleAsync(request, cancellationToken).Guarded());
}
