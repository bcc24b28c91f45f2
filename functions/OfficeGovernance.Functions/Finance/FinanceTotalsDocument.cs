namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>The as-of month's totals over initiatives not retired (docs/rules.md#finance-report).</summary>
public sealed record FinanceTotalsDocument(decimal Spend, decimal Cap, decimal OverCap, decimal OverCapUnapproved);
#pragma warning restore CS1591
