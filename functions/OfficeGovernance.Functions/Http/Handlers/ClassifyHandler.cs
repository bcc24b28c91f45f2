using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Application.Classification;
using OfficeGovernance.Application.Reviews;
using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Functions.Http.Problems;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>A proposed workflow, in the workbook's labels (the Initiatives columns of docs/rules.md#workbook-contract).</summary>
/// <param name="DataTouched">DataTouched labels, such as "Customer personal".</param>
/// <param name="Actions">Actions labels, such as "Drafts".</param>
/// <param name="Audience">Internal, Customer-facing or Public.</param>
/// <param name="HumanCheckpoint">The HumanCheckpoint label.</param>
/// <param name="Owner">The named owner's email.</param>
/// <param name="SuccessMetric">The success metric's name.</param>
/// <param name="Purpose">
/// What the AI does and for whom, in words (the Initiatives column Purpose, docs/rules.md#workbook-contract). Purpose, Workflow
/// and Name are read as the review reads an Initiatives row (<see cref="RiskInputs.From"/>), so a purpose that OMB
/// M-25-21 presumes high-impact is High here as it is in the review and the import.
/// </param>
/// <param name="Workflow">The business workflow (the Initiatives column Workflow).</param>
/// <param name="Name">The initiative's name (the Initiatives column Name).</param>
public sealed record ClassifyRequest(
    IReadOnlyList<string>? DataTouched, IReadOnlyList<string>? Actions, string? Audience, string? HumanCheckpoint,
    string? Owner, string? SuccessMetric, string? Purpose = null, string? Workflow = null, string? Name = null);

/// <summary>The classification: the level, the inputs that decided it, the rollout rules and the stop conditions.</summary>
/// <param name="Level">Low, Medium, High, or Unassessed when the request declares no purpose, no data and no action.</param>
/// <param name="DecidingInputs">
/// The inputs that decided the level, in words; for High and Medium each with its rule and the rule's source (an OMB
/// M-25-21 clause or docs/rules.md#risk-classifier), as the classify verb reports them.
/// </param>
/// <param name="Rollout">The rollout rules of that level (docs/rules.md#risk-classifier).</param>
/// <param name="StopConditions">Conditions that stop the work as proposed.</param>
public sealed record ClassifyDocument(
    string Level, IReadOnlyList<string> DecidingInputs, RolloutRules Rollout, IReadOnlyList<StopConditionDocument> StopConditions);

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
