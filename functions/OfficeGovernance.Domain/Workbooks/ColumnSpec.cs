namespace OfficeGovernance.Domain.Workbooks;

/// <summary>How a portfolio column's cells are read (docs/rules.md#workbook-contract, "Types").</summary>
public enum ColumnType
{
    /// <summary>Free text, trimmed; a number cell reads as its invariant string (id 101 reads "101").</summary>
    Text,
    /// <summary>An email address such as <c>ana@example.com</c>.</summary>
    Email,
    /// <summary>A calendar date: an Excel date (OLE Automation serial) or ISO <c>yyyy-mm-dd</c> text.</summary>
    Date,
    /// <summary>A number: a number cell, or text that parses in the invariant culture.</summary>
    Number,
    /// <summary>A non-negative amount in the workbook currency (Settings Currency), read like <see cref="Number"/>.</summary>
    Money,
    /// <summary>One of <see cref="ColumnSpec.Values"/>, matched case-insensitively.</summary>
    Enum,
    /// <summary>Values of <see cref="ColumnSpec.Values"/> separated by <c>;</c>; blanks between separators are ignored.</summary>
    List,
    /// <summary>Yes or No (also TRUE / FALSE, or a boolean cell).</summary>
    YesNo,
    /// <summary>Email addresses separated by <c>;</c> (Settings LeadershipEmails).</summary>
    EmailList,
}

/// <summary>One column of an input table, or one key of the Settings table.</summary>
/// <param name="Name">The header (or Settings key) as the workbook contract writes it
/// (docs/rules.md#workbook-contract); matched trimmed and case-insensitively.</param>
/// <param name="Type">How cells are read.</param>
/// <param name="Required">True when the column must exist and no cell in it may be blank.</param>
/// <param name="Values">The allowed labels for <see cref="ColumnType.Enum"/> and <see cref="ColumnType.List"/>; otherwise null.</param>
/// <param name="KeepsInvalidEmail">
/// True for an Email column whose non-email text is kept rather than rejected, because the rules report it as a stop
/// condition ("no owner", docs/rules.md#email-addresses).
/// </param>
public sealed record ColumnSpec(
    string Name, ColumnType Type, bool Required = false, IReadOnlyList<string>? Values = null, bool KeepsInvalidEmail = false);

/// <summary>One input table of the portfolio workbook.</summary>
/// <param name="Name">The Excel table name, matched case-insensitively.</param>
/// <param name="Required">True when a workbook without the table is invalid.</param>
/// <param name="Columns">The columns the system reads, in the order it writes them.</param>
public sealed record TableSchema(string Name, bool Required, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>The column with this name (exact spelling of <see cref="ColumnSpec.Name"/>).</summary>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }
        throw new ArgumentException($"Table {Name} has no column {name}.", nameof(name));
    }
}
