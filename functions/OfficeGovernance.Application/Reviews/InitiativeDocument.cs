using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>
/// One initiative's review: its verdict with the reasons, stop conditions, controls, layers, spend, next decision
/// and flags (docs/rules.md#verdicts).
/// </summary>
public sealed record InitiativeDocument(string Id, string Name, string? Owner, string Stage, string RiskLevel,
    bool RiskLevelClassified, string Verdict, IReadOnlyList<string> Reasons, IReadOnlyList<StopConditionDocument> StopConditions,
    ControlsDocument Controls, LayersDocument Layers, SpendDocument Spend, NextDecisionDocument NextDecision,
    IReadOnlyList<string> Flags);
#pragma warning restore CS1591
