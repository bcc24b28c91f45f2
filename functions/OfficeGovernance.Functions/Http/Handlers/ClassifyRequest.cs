using OfficeGovernance.Domain.Classification;

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
