namespace OfficeGovernance.Domain.Workbooks;

/// <summary>The kind of value a workbook cell holds, as Excel stores it.</summary>
public enum CellKind
{
    /// <summary>No value, or only whitespace.</summary>
    Empty,
    /// <summary>A string (shared, inline or a formula's string result).</summary>
    Text,
    /// <summary>A number; Excel dates are numbers (OLE Automation serials, days since 1899-12-30).</summary>
    Number,
    /// <summary>TRUE or FALSE.</summary>
    Boolean,
    /// <summary>A formula error such as <c>#N/A</c> or <c>#NAME?</c>; <see cref="CellValue.Text"/> holds the code.</summary>
    Error,
}
