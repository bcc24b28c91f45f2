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
