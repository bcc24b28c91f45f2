using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// A cell of the finance report's own sheets: a value, its format, and optionally the formula it is the cached
/// result of. Text values are always written as text, never as formulas; only <see cref="Formula"/>, which the
/// program builds itself, is.
/// </summary>
/// <param name="Value">The value, or the formula's cached result.</param>
/// <param name="Format">The number format.</param>
/// <param name="Formula">The formula without its leading '='; null for a plain value.</param>
internal sealed record FormulaCell(CellValue Value, ColumnFormat Format = ColumnFormat.General, string? Formula = null)
{
    public static FormulaCell Text(string? text) => new(CellValue.FromText(text), ColumnFormat.Text);

    public static FormulaCell Money(decimal amount, string? formula = null) =>
        new(CellValue.FromNumber((double)amount), ColumnFormat.Money, formula);

    public static FormulaCell Count(int count, string? formula = null) =>
        new(CellValue.FromNumber(count), ColumnFormat.Integer, formula);
}
