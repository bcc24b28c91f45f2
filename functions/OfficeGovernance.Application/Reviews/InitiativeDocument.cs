namespace OfficeGovernance.Application.Reviews;

/// <summary>One initiative of the review answer: its verdict with the reasons, stop conditions, controls, layers, spend and next decision.</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record InitiativeDocument(string Id, string Name, string? Owner, string Stage, string RiskLevel,
    bool RiskLevelClassified, string Verdict, IReadOnlyList<string> Reasons, IReadOnlyList<StopConditionDocument> StopConditions,
    ControlsDocument Controls, LayersDocument Layers, SpendDocument Spend, NextDecisionDocument NextDecision,
    IReadOnlyList<string> Flags);
#pragma warning restore CS1591
