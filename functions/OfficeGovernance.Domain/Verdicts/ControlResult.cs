namespace OfficeGovernance.Domain.Verdicts;

/// <summary>One expand control's result: whether it passes and why, in words.</summary>
public sealed record ControlResult(bool Passed, string Message);
