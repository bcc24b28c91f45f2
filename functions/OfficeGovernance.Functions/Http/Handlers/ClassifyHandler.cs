using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Application.Classification;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary><c>POST /api/classify</c> (docs/rules.md#risk-classifier): the risk classifier on one proposed workflow (<see cref="WorkflowClassification"/>).</summary>
public sealed class ClassifyHandler
{
    /// <summary>Handles one request: 200 with the classification, 400 naming the fields it cannot use.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync<ClassifyRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var result = WorkflowClassification.Classify(new ProposedWorkflow(body!.DataTouched, body.Actions, body.Audience,
            body.HumanCheckpoint, body.Owner, body.SuccessMetric, body.Purpose, body.Workflow, body.Name), out var errors);
        if (result is null)
        {
            return ApiProblems.Fields(errors);
        }
        IReadOnlyList<string> deciding = result.DecidingRules.Count == 0
            ? result.DecidingInputs
            : result.DecidingRules.Select(r => r.ToString()).ToArray();
        return TypedResults.Ok(new ClassifyDocument(result.Level.ToString(), deciding, result.Rollout,
            result.StopConditions.Select(s => new StopConditionDocument(s.Kind.ToString(), s.Message)).ToArray()));
    }
}
