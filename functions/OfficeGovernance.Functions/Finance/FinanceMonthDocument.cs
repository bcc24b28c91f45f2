namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>One month of the period: spend and the summed caps (docs/rules.md#finance-report).</summary>
public sealed record FinanceMonthDocument(string Month, decimal Spend, decimal Caps);
#pragma warning restore CS1591
