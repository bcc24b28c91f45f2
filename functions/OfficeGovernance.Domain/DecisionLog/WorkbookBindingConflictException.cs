namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// A stored workbook presented a workbook id bound to another stored workbook (docs/rules.md#workbook-binding): a copy
/// cannot write into its original's log. Answered 409 over HTTP and exit 2 on the CLI; nothing is written.
/// </summary>
public sealed class WorkbookBindingConflictException : Exception
{
    /// <summary>Creates the refusal.</summary>
    /// <param name="holder">The stored workbook the id is bound to.</param>
    /// <param name="presenting">The stored workbook that presented the id.</param>
    public WorkbookBindingConflictException(string holder, string presenting)
        : base($"The decision log of '{presenting}' is bound to the stored workbook '{holder}': '{presenting}' is " +
               "another stored workbook presenting the same workbook id (a copy). Nothing was written. To give the copy its own identity, clear Settings.WorkbookId in it (the " +
               "system writes a new one on its first decision) and use its own decision log; to move the log to it, " +
               $"record a Rebind decision on it by someone entitled to Rebind in '{holder}'.")
    {
        Holder = holder;
        Presenting = presenting;
    }

    /// <summary>The stored workbook the id is bound to.</summary>
    public string Holder { get; }

    /// <summary>The stored workbook that presented the id.</summary>
    public string Presenting { get; }
}
