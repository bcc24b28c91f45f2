namespace OfficeGovernance.Domain.Workbooks;

// Typed cell accessors for the current row. Each returns null (or an empty set) for a blank, absent or invalid cell;
// invalid and required-but-blank cells are reported and mark the row invalid.
internal sealed partial class TableReader
{
    /// <summary>Trimmed text; a number cell reads as its invariant string.</summary>
    public string? Text(int column) => TryCell(column, out var cell) ? CellConversion.Text(cell) : null;

    /// <summary>An email address; non-email text is reported unless the column keeps it for the rules.</summary>
    public string? Email(int column)
    {
        var text = Text(column);
        if (text is null || Schema.Columns[column].KeepsInvalidEmail || EmailAddress.IsWellFormed(text))
        {
            return text;
        }
        Report(column, $"'{text}' is not an email address");
        return null;
    }

    /// <summary>A calendar date (Excel serial or ISO text).</summary>
    public DateOnly? Date(int column)
    {
        if (!TryCell(column, out var cell))
        {
            return null;
        }
        if (CellConversion.TryDate(cell, out var date, out var error))
        {
            return date;
        }
        Report(column, error);
        return null;
    }

    /// <summary>A finite number; with <paramref name="nonNegative"/>, a negative value is reported.</summary>
    public double? Number(int column, bool nonNegative = false)
    {
        if (!TryCell(column, out var cell))
        {
            return null;
        }
        if (!CellConversion.TryNumber(cell, out var number, out var error))
        {
            Report(column, error);
            return null;
        }
        if (nonNegative && number < 0)
        {
            Report(column, $"{CellConversion.Text(cell)} must not be negative");
            return null;
        }
        return number;
    }

    /// <summary>
    /// A decimal amount (Money columns, and rates read as money): non-negative unless <paramref name="allowNegative"/>
    /// (Spend.Amount, where a credit is negative).
    /// </summary>
    public decimal? Money(int column, bool allowNegative = false)
    {
        if (!TryCell(column, out var cell))
        {
            return null;
        }
        if (!CellConversion.TryDecimal(cell, out var value, out var error))
        {
            Report(column, error);
            return null;
        }
        if (value < 0 && !allowNegative)
        {
            Report(column, $"{CellConversion.Text(cell)} must not be negative");
            return null;
        }
        return value;
    }

    /// <summary>An enum member by its workbook label.</summary>
    public T? Enum<T>(int column) where T : struct, System.Enum
    {
        if (!TryCell(column, out var cell))
        {
            return null;
        }
        if (CellConversion.TryEnum<T>(CellConversion.Text(cell), out var value, out var error))
        {
            return value;
        }
        Report(column, error);
        return null;
    }

    /// <summary>A <c>;</c>-separated list of enum labels; every unknown label is reported.</summary>
    public HashSet<T> List<T>(int column) where T : struct, System.Enum
    {
        var set = new HashSet<T>();
        if (!TryCell(column, out var cell))
        {
            return set;
        }
        foreach (var part in CellConversion.Text(cell).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (CellConversion.TryEnum<T>(part, out var value, out var error))
            {
                set.Add(value);
            }
            else
            {
                Report(column, error);
            }
        }
        return set;
    }

    /// <summary>Yes or No.</summary>
    public bool? YesNo(int column)
    {
        if (!TryCell(column, out var cell))
        {
            return null;
        }
        if (CellConversion.TryYesNo(cell, out var value, out var error))
        {
            return value;
        }
        Report(column, error);
        return null;
    }

    /// <summary>
    /// The cell of a schema column in the current row when it holds a value. An absent required column invalidates
    /// the row silently (the column itself was reported); error cells and blank required cells are reported.
    /// </summary>
    private bool TryCell(int column, out CellValue cell)
    {
        var index = columns[column];
        if (index < 0)
        {
            cell = CellValue.Empty;
            RowValid &= !Schema.Columns[column].Required;
            return false;
        }
        cell = row[index];
        if (cell.Kind == CellKind.Error)
        {
            Report(column, $"formula error {cell.Text}");
            return false;
        }
        if (IsBlank(cell))
        {
            if (Schema.Columns[column].Required)
            {
                Report(column, "a value is required");
            }
            return false;
        }
        return true;
    }
}
