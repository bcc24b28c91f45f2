using System.Globalization;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Interprets one non-blank, non-error cell as a column type of docs/rules.md#workbook-contract. Each method returns false with
/// the message to report when the cell does not fit.
/// </summary>
internal static class CellConversion
{
    // DateTime.FromOADate accepts serials below this bound only.
    private const double LastDateSerial = 2958466;

    /// <summary>The cell as trimmed text; numbers in invariant form (101 reads "101"), booleans as TRUE/FALSE.</summary>
    public static string Text(CellValue cell) => cell.Kind == CellKind.Text ? cell.Text!.Trim() : cell.ToString();

    /// <summary>A date from an OLE Automation serial (the time of day is dropped) or ISO yyyy-mm-dd text.</summary>
    public static bool TryDate(CellValue cell, out DateOnly date, out string error)
    {
        date = default;
        error = string.Empty;
        switch (cell.Kind)
        {
            case CellKind.Number when cell.Number >= 1 && cell.Number < LastDateSerial:
                date = DateOnly.FromDateTime(DateTime.FromOADate(cell.Number));
                return true;
            case CellKind.Number:
                error = $"{cell} is not an Excel date";
                return false;
            case CellKind.Text:
                var text = cell.Text!.Trim();
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                {
                    return true;
                }
                error = $"'{text}': dates as text must be ISO yyyy-mm-dd";
                return false;
            default:
                error = $"{cell} is not a date";
                return false;
        }
    }

    /// <summary>A finite number from a number cell or invariant-culture text.</summary>
    public static bool TryNumber(CellValue cell, out double number, out string error)
    {
        error = string.Empty;
        number = cell.Number;
        if (cell.Kind == CellKind.Number && double.IsFinite(number))
        {
            return true;
        }
        if (cell.Kind == CellKind.Text
            && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number))
        {
            return true;
        }
        error = cell.Kind == CellKind.Text ? $"text in a number cell: '{cell.Text!.Trim()}'" : $"{cell} is not a number";
        return false;
    }

    /// <summary>A decimal from a number cell or invariant-culture text (money keeps 15 significant digits of a double).</summary>
    public static bool TryDecimal(CellValue cell, out decimal value, out string error)
    {
        value = 0;
        if (cell.Kind == CellKind.Text
            && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            error = string.Empty;
            return true;
        }
        if (!TryNumber(cell, out var number, out error))
        {
            return false;
        }
        if (Math.Abs(number) >= 7.9e28)
        {
            error = $"{cell} is too large";
            return false;
        }
        value = (decimal)number;
        return true;
    }

    /// <summary>An enum member by its label, matched case-insensitively (see <see cref="EnumLabels{TEnum}"/>).</summary>
    public static bool TryEnum<T>(string text, out T value, out string error) where T : struct, Enum
    {
        if (EnumLabels<T>.TryParse(text, out value))
        {
            error = string.Empty;
            return true;
        }
        error = $"'{text}' is not one of: {string.Join(", ", EnumLabels<T>.All)}";
        return false;
    }

    /// <summary>Yes / No, TRUE / FALSE (case-insensitive) or a boolean cell.</summary>
    public static bool TryYesNo(CellValue cell, out bool value, out string error)
    {
        error = string.Empty;
        value = cell.Number != 0;
        if (cell.Kind == CellKind.Boolean)
        {
            return true;
        }
        var text = Text(cell);
        if (text.Equals("Yes", StringComparison.OrdinalIgnoreCase) || text.Equals("TRUE", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }
        if (text.Equals("No", StringComparison.OrdinalIgnoreCase) || text.Equals("FALSE", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }
        error = $"'{text}' is not Yes or No";
        return false;
    }
}
