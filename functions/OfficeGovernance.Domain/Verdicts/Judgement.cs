namespace OfficeGovernance.Domain.Verdicts;

/// <summary>A verdict with its reasons; the first reason decided the verdict.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Reasons">
/// The reasons of the deciding rule first, then the findings of lower-precedence rules that also hold (for example
/// a Fix finding under a Pause), each quoting values and thresholds.
/// </param>
public sealed record Judgement(Verdict Verdict, IReadOnlyList<string> Reasons);
