namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
public sealed record LayersDocument(string Workflow, string Policy, string Context, string Evaluation, string Economics);
#pragma warning restore CS1591
