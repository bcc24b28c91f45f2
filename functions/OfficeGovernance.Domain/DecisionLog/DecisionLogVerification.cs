using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>What one pass of <see cref="DecisionLogVerifier"/> found (docs/rules.md#decision-log, verify).</summary>
/// <param name="Verification">The chain (a torn line, the recorded head and the anchored heads included): broken names
/// the first problem; intact carries the anchor check's sentence in <see cref="ChainVerification.Anchor"/> when one was run.</param>
/// <param name="Differences">The workbook's DecisionLog copy against the log, row by row (empty when the chain or the
/// recorded head is broken: those come first).</param>
/// <param name="Anchored">The anchor check's result; null when none was run or the chain or recorded head is broken.</param>
public sealed record DecisionLogVerification(
    ChainVerification Verification, IReadOnlyList<ValidationProblem> Differences, LogHeadAnchorResult? Anchored);
