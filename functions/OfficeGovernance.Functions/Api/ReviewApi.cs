using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Functions.Api.Contract;
using OfficeGovernance.Functions.Http.Handlers;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Api;

/// <summary>The review and classification endpoints of docs/rules.md#http-api-contract.</summary>
public sealed class ReviewApi(ReviewHandler review, ClassifyHandler classify)
{
    /// <summary><c>POST /api/review</c>: the review JSON (<see cref="ReviewHandler"/>).</summary>
    [ApiOperation("The review of a workbook (review --format json), from its tables as JSON or the .xlsx itself.", Body = typeof(ReviewRequest), XlsxBody = true, Query = ["workbookId?", "asOf?"], Response = typeof(ReviewDocument), Problems = [400, 404])]
    [Function(nameof(Review))]
    public async Task<IActionResult> Review(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "review")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await review.HandleAsync(request, cancellationToken).Guarded());

    /// <summary><c>POST /api/classify</c>: the risk classifier on a proposed workflow (<see cref="ClassifyHandler"/>).</summary>
    [ApiOperation("The risk level, deciding inputs, rollout rules and stop conditions of a proposed workflow.", Body = typeof(ClassifyRequest), Response = typeof(ClassifyDocument), Problems = [400])]
    [Function(nameof(Classify))]
    public async Task<IActionResult> Classify(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "classify")] HttpRequest request, CancellationToken cancellationToken) =>
        new ResultAction(await classify.HandleAsync(request, cancellationToken).Guarded());
}
