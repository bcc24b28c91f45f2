namespace OfficeGovernance.Domain.Verdicts;

/// <summary>The five layers of docs/rules.md#layers, each Red/Amber/Green.</summary>
public sealed record LayerRatings(Rag Workflow, Rag Policy, Rag Context, Rag Evaluation, Rag Economics);
