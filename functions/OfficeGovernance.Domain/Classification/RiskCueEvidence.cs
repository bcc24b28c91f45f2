namespace OfficeGovernance.Domain.Classification;

/// <summary>A cue with the evidence that raised it.</summary>
/// <param name="Cue">The cue.</param>
/// <param name="Evidence">
/// The input that raised it in words, quoting the field and the matched phrase or answer, such as
/// <c>Purpose mentions "eligibility"</c> or <c>InvolvesPii is Yes</c>.
/// </param>
public sealed record RiskCueEvidence(RiskCue Cue, string Evidence);
