namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>What the decision log's hash chain vouches for (docs/rules.md#decision-log).</summary>
public sealed record FinanceLogDocument(bool IsIntact, int EntryCount, int VerifiedCount, string Message);
#pragma warning restore CS1591
