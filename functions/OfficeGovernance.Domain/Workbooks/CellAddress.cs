using System.Text;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>A1-style cell addresses.</summary>
public static class CellAddress
{
    /// <summary>The column letters for a 1-based column number (1 = A, 27 = AA).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is below 1.</exception>
    public static string ColumnLetters(int column)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        var letters = new StringBuilder();
        while (column > 0)
        {
            var remainder = (column - 1) % 26;
            letters.Insert(0, (char)('A' + remainder));
            column = (column - 1) / 26;
        }
        return letters.ToString();
    }

    /// <summary>The 1-based column number of the letters that start an A1 reference (<c>"AB12"</c> gives 28).</summary>
    /// <exception cref="FormatException">The reference does not start with a column letter.</exception>
    public static int ColumnNumber(ReadOnlySpan<char> reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }
        if (i == 0)
        {
            throw new FormatException($"'{reference}' is not an A1 cell reference.");
        }
        return column;
    }

    /// <summary>The 1-based row number of an A1 reference (<c>"AB12"</c> gives 12).</summary>
    /// <exception cref="FormatException">The reference has no row digits.</exception>
    public static int RowNumber(ReadOnlySpan<char> reference)
    {
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            i++;
        }
        return int.TryParse(reference[i..], out var row) && row > 0
            ? row
            : throw new FormatException($"'{reference}' is not an A1 cell reference.");
    }

    /// <summary>A sheet-qualified address such as <c>Spend!C7</c>; sheet names with spaces or punctuation are quoted.</summary>
    public static string Format(string sheet, int column, int row)
    {
        var quoted = sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : $"'{sheet.Replace("'", "''")}'";
        return $"{quoted}!{ColumnLetters(column)}{row}";
    }
}
