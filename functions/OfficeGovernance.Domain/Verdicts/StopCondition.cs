namespace OfficeGovernance.Domain.Verdicts;

/// <summary>A stop condition that holds, with a message that names the values behind it.</summary>
public sealed record StopCondition(StopConditionKind Kind, string Message);
