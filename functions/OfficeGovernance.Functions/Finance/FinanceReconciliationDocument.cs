namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
public sealed record FinanceReconciliationDocument(int SpendRows, decimal SpendTotal, int InPeriodRows, decimal InPeriodTotal,
    int RetiredRows, decimal RetiredTotal, int BeforeRows, decimal BeforeTotal, int AfterRows, decimal AfterTotal);
#pragma warning restore CS1591
