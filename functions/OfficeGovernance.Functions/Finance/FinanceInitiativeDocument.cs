namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>
/// One initiative's spend against its cap in the as-of month, and the cover of any excess
/// (docs/rules.md#finance-report).
/// </summary>
public sealed record FinanceInitiativeDocument(string InitiativeId, string Name, string Status, decimal Spend, decimal Cap,
    double? CapUsed, decimal? Forecast, decimal OverCap, bool HasStaffTime, FinanceCoverDocument Overage);
#pragma warning restore CS1591
