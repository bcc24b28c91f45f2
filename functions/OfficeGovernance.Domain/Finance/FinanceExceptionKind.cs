namespace OfficeGovernance.Domain.Finance;

/// <summary>The exceptions the finance report lists (issue 11).</summary>
public enum FinanceExceptionKind
{
    /// <summary>Spend over the cap that no verified Overage decision approves (docs/rules.md#overage).</summary>
    OverCapWithoutApproval,
    /// <summary>The as-of month's forecast is over the cap while its spend is not yet (a warning, docs/rules.md#spend).</summary>
    ForecastOverCap,
    /// <summary>A month with spend but no Staff time row: finance does not see the full cost (docs/rules.md#expand-controls).</summary>
    StaffTimeMissing,
}
