namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>
/// The decision covering an excess: <c>verified</c> is null without a decision, false when only an entry the broken
/// chain cannot vouch for would approve it (then <c>approved</c> is false too).
/// </summary>
public sealed record FinanceCoverDocument(string Status, string Label, bool Approved, bool? Verified, string? DecisionId,
    string? Approver, decimal? Amount, string? Date, string Note);
#pragma warning restore CS1591
