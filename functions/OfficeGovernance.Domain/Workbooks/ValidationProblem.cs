namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// One problem found in input, located as precisely as it can be. Printed as
/// <c>Table[Column] row N (Sheet!A1): message</c> (docs/rules.md#workbook-contract), where row N is the table's data row
/// (1 = the first row below the header); parts that do not apply are left out.
/// </summary>
/// <param name="Table">The table name, such as <c>Spend</c>, or the file for problems with the file itself.</param>
/// <param name="Column">The column header, or null when the problem is with the table or file.</param>
/// <param name="Row">The table's data row, 1-based, or null.</param>
/// <param name="Cell">The sheet-qualified cell address, such as <c>Spend!C7</c>, or null.</param>
/// <param name="Message">What is wrong and, where it helps, what would be right.</param>
public sealed record ValidationProblem(string Table, string? Column, int? Row, string? Cell, string Message)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var column = Column is null ? string.Empty : $"[{Column}]";
        var row = Row is null ? string.Empty : $" row {Row}";
        var cell = Cell is null ? string.Empty : $" ({Cell})";
        return $"{Table}{column}{row}{cell}: {Message}";
    }
}
