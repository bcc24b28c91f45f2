namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>The colour of each of an initiative's five layers (docs/rules.md#layers).</summary>
public sealed record LayersDocument(string Workflow, string Policy, string Context, string Evaluation, string Economics);
#pragma warning restore CS1591
