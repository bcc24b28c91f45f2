using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.DecisionLog;

/// <summary>
/// Reading a workbook's decision log, for <c>decisions list|verify</c> and <c>GET /api/decisions[/verify]</c>
/// (docs/rules.md#decision-log): the log is held to the workbook's DecisionLog table (its copy of the log, with
/// sequences and hashes), so a log shorter than, or different from, what the workbook saw is never shown as the truth.
/// </summary>
public static class DecisionLogReading
{
    /// <summary>The entries, oldest first, after checking them against the workbook's copy.</summary>
    /// <param name="log">The workbook's log.</param>
    /// <param name="copy">Reads the rows of the workbook's DecisionLog table; called after the log is read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="WorkbookValidationException">The workbook lists decisions its log lacks or holds differently (every difference by cell).</exception>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    public static async Task<IReadOnlyList<DecisionEntry>> ListAsync(
        IDecisionLogStore log, Func<IReadOnlyList<DecisionLogTableRow>> copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(copy);
        var entries = await log.ReadAllAsync(cancellationToken);
        DecisionLogCoverage.Check(copy(), entries, log.Location);
        return entries;
    }

    /// <summary>
    /// The chain's verification and, when the chain is intact, the differences between the log and the workbook's
    /// copy (the log's end is anchored in the copy: none when the chain itself is broken).
    /// </summary>
    /// <param name="log">The workbook's log.</param>
    /// <param name="copy">Reads the rows of the workbook's DecisionLog table; called only when the chain is intact.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    public static async Task<(ChainVerification Verification, IReadOnlyList<ValidationProblem> Differences)> VerifyAsync(
        IDecisionLogStore log, Func<IReadOnlyList<DecisionLogTableRow>> copy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(copy);
        var verification = await log.VerifyAsync(cancellationToken);
        IReadOnlyList<ValidationProblem> differences = verification.IsIntact
            ? DecisionLogCoverage.Missing(copy(), await log.ReadAllAsync(cancellationToken), log.Location)
            : [];
        return (verification, differences);
    }
}
