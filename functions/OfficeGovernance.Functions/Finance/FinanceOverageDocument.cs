namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>
/// One initiative month over its cap, with the decision that covers it or why none does (docs/rules.md#overage).
/// </summary>
public sealed record FinanceOverageDocument(string InitiativeId, string Name, string Month, decimal Spend, decimal Cap,
    decimal OverCap, FinanceCoverDocument Cover);
#pragma warning restore CS1591
