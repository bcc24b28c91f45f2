using System.Globalization;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// One cell's value as read from a workbook (or sent by the add-in), before it is interpreted against the
/// column's type in docs/rules.md#workbook-contract.
/// </summary>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Text">The string for <see cref="CellKind.Text"/> and the error code for <see cref="CellKind.Error"/>; otherwise null.</param>
/// <param name="Number">The number for <see cref="CellKind.Number"/>, 1 or 0 for <see cref="CellKind.Boolean"/>; otherwise 0.</param>
public readonly record struct CellValue(CellKind Kind, string? Text, double Number)
{
    /// <summary>An empty cell.</summary>
    public static CellValue Empty => default;

    /// <summary>A text cell; whitespace-only text is <see cref="Empty"/>.</summary>
    public static CellValue FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : new CellValue(CellKind.Text, text, 0);

    /// <summary>A number cell.</summary>
    public static CellValue FromNumber(double number) => new(CellKind.Number, null, number);

    /// <summary>A boolean cell.</summary>
    public static CellValue FromBoolean(bool value) => new(CellKind.Boolean, null, value ? 1 : 0);

    /// <summary>A formula error cell, such as <c>#N/A</c>.</summary>
    public static CellValue FromError(string code) => new(CellKind.Error, code, 0);

    /// <summary>True when the cell holds nothing.</summary>
    public bool IsEmpty => Kind == CellKind.Empty;

    /// <summary>The value as a user would read it (numbers in invariant culture, booleans as TRUE/FALSE).</summary>
    public override string ToString() => Kind switch
    {
        CellKind.Empty => string.Empty,
        CellKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        CellKind.Boolean => Number != 0 ? "TRUE" : "FALSE",
        _ => Text ?? string.Empty,
    };
}
