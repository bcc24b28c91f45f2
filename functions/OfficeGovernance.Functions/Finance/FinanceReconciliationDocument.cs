namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>
/// Where every Spend row is counted: in the period, retired, before it or after the as-of date
/// (docs/rules.md#finance-report).
/// </summary>
public sealed record FinanceReconciliationDocument(int SpendRows, decimal SpendTotal, int InPeriodRows, decimal InPeriodTotal,
    int RetiredRows, decimal RetiredTotal, int BeforeRows, decimal BeforeTotal, int AfterRows, decimal AfterTotal);
#pragma warning restore CS1591
