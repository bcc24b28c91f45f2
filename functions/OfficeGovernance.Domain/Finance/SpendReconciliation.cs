namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// Where every Spend row is counted in the report, so its totals reconcile to the cent with the Spend table
/// (issue 11): <see cref="InPeriodTotal"/> + <see cref="BeforeTotal"/> + <see cref="AfterTotal"/> =
/// <see cref="SpendTotal"/>. Rows of retired initiatives inside the period are in the fact table (and in
/// <see cref="InPeriodTotal"/>), and also shown apart as <see cref="RetiredTotal"/>. Money in the workbook currency.
/// </summary>
/// <param name="SpendRows">Rows of the Spend table.</param>
/// <param name="SpendTotal">Their cost.</param>
/// <param name="InPeriodRows">Rows dated from the period's first day to the as-of date.</param>
/// <param name="InPeriodTotal">Their cost: the sum of the fact table.</param>
/// <param name="RetiredRows">Rows in the period of initiatives that are retired (status or stage).</param>
/// <param name="RetiredTotal">Their cost.</param>
/// <param name="BeforeRows">Rows dated before the period's first day.</param>
/// <param name="BeforeTotal">Their cost.</param>
/// <param name="AfterRows">Rows dated after the as-of date.</param>
/// <param name="AfterTotal">Their cost.</param>
public sealed record SpendReconciliation(
    int SpendRows, decimal SpendTotal, int InPeriodRows, decimal InPeriodTotal, int RetiredRows, decimal RetiredTotal,
    int BeforeRows, decimal BeforeTotal, int AfterRows, decimal AfterTotal);
