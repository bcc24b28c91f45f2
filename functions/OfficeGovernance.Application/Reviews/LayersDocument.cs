namespace OfficeGovernance.Application.Reviews;

/// <summary>The five layers of an initiative, each Red, Amber or Green (docs/rules.md#layers).</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record LayersDocument(string Workflow, string Policy, string Context, string Evaluation, string Economics);
#pragma warning restore CS1591
