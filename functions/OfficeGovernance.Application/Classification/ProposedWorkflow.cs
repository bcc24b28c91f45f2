namespace OfficeGovernance.Application.Classification;

/// <summary>A proposed workflow in the workbook's labels (the Initiatives columns of docs/rules.md#workbook-contract).</summary>
/// <param name="DataTouched">DataTouched labels, such as "Customer personal".</param>
/// <param name="Actions">Actions labels, such as "Drafts".</param>
/// <param name="Audience">Internal, Customer-facing or Public.</param>
/// <param name="HumanCheckpoint">The HumanCheckpoint label.</param>
/// <param name="Owner">The named owner's email.</param>
/// <param name="SuccessMetric">The success metric's name.</param>
/// <param name="Purpose">What the AI does and for whom, in words.</param>
/// <param name="Workflow">The business workflow.</param>
/// <param name="Name">The initiative's name.</param>
public sealed record ProposedWorkflow(
    IReadOnlyList<string>? DataTouched, IReadOnlyList<string>? Actions, string? Audience, string? HumanCheckpoint,
    string? Owner, string? SuccessMetric, string? Purpose, string? Workflow, string? Name);
