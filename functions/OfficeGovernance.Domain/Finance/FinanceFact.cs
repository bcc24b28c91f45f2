using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// One row of the finance fact table (issue 11, docs/rules.md#finance-report): the Spend rows of one
/// initiative, month and category inside the report's period, summed. Money in the workbook currency.
/// </summary>
/// <param name="InitiativeId">The initiative, as the Initiatives table spells it.</param>
/// <param name="Name">The initiative's name.</param>
/// <param name="Department">The initiative's department; null when blank.</param>
/// <param name="Status">The initiative's status; <see cref="InitiativeStatus.Retired"/> also when its stage is Retired.</param>
/// <param name="Month">The first day of the month, workbook time zone.</param>
/// <param name="Category">The spend category.</param>
/// <param name="Cost">The sum of the rows' cost: Amount, or Hours x HourlyRate for Staff time without an Amount (docs/rules.md#spend).</param>
/// <param name="Hours">The sum of the rows' Hours (0 when none is given).</param>
/// <param name="Rows">How many Spend rows were summed.</param>
public sealed record FinanceFact(
    string InitiativeId, string Name, string? Department, InitiativeStatus Status, DateOnly Month,
    SpendCategory Category, decimal Cost, double Hours, int Rows);
