namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The shared decision log of a workbook that has no <c>Settings.WorkbookId</c> yet (docs/rules.md#workbook-binding). It
/// holds no entry, truly: recording a decision writes the WorkbookId into the workbook first, so no decision can have
/// been logged for a workbook without one. A workbook whose DecisionLog table lists entries is still refused by the
/// coverage check, never judged as if they did not exist. Appending is a bug of the caller.
/// </summary>
/// <param name="workbook">The workbook's name or drive item, for messages.</param>
public sealed class UnkeyedDecisionLog(string workbook) : IDecisionLogStore
{
    /// <inheritdoc />
    public string Location => $"no shared log yet: {workbook} has no Settings WorkbookId";

    /// <inheritdoc />
    public Task<IReadOnlyList<DecisionEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DecisionEntry>>([]);

    /// <summary>Always throws: give the workbook its WorkbookId before recording a decision.</summary>
    /// <exception cref="InvalidOperationException">Always.</exception>
    public Task<DecisionEntry> AppendAsync(DecisionDraft draft, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"{workbook} has no Settings WorkbookId: write one before recording a decision.");
}
