namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Thrown when input cannot be used; carries every problem found, not just the first, so the user can fix them in
/// one pass. Nothing has been written when it is thrown.
/// </summary>
public sealed class WorkbookValidationException : Exception
{
    /// <summary>Creates the exception from one or more problems.</summary>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    public WorkbookValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in table and row order.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Describe(IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A validation failure needs at least one problem.", nameof(problems));
        }
        return string.Join(Environment.NewLine, problems);
    }
}
