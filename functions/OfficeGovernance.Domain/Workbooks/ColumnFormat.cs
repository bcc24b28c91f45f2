namespace OfficeGovernance.Domain.Workbooks;

/// <summary>How a written column is formatted in Excel.</summary>
public enum ColumnFormat
{
    /// <summary>Excel's General format.</summary>
    General,
    /// <summary>Text; numbers are not reinterpreted.</summary>
    Text,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>A number with two decimals.</summary>
    Number,
    /// <summary>Money in the workbook currency, two decimals with thousands separators.</summary>
    Money,
    /// <summary>A fraction shown as a percentage (1 = 100%).</summary>
    Percent,
    /// <summary>A calendar date (the cell holds an OLE Automation serial), shown yyyy-mm-dd.</summary>
    Date,
    /// <summary>A UTC date and time (OLE Automation serial), shown yyyy-mm-dd hh:mm.</summary>
    DateTime,
    /// <summary>A verdict name, coloured by verdict.</summary>
    Verdict,
    /// <summary>Red, Amber or Green, coloured accordingly.</summary>
    Rag,
    /// <summary>
    /// Long text (reasons, flags, names, notes) wrapped within the column's width, so that
    /// it reads and prints whole.
    /// </summary>
    WrappedText,
    /// <summary>A month: the OLE Automation serial of its first day, shown <c>mmm yyyy</c> (Nov 2026).</summary>
    Month,
}
