namespace OfficeGovernance.Domain.Workbooks;

/// <summary>A native chart drawn from columns of its table, to the right of the table (one empty column between).</summary>
/// <param name="Name">The chart's name, unique on its sheet, such as <c>ReviewSpend</c>.</param>
/// <param name="Type">The chart type as Excel names it; system charts are <c>ColumnClustered</c>.</param>
/// <param name="Title">The title, with the currency of its values.</param>
/// <param name="CategoryColumn">The header of the column whose values label the categories.</param>
/// <param name="Series">The series, each the data cells of one column.</param>
/// <param name="ValueFormat">The value axis number format.</param>
public sealed record ChartLayout(
    string Name, string Type, string Title, string CategoryColumn, IReadOnlyList<ChartSeriesLayout> Series, string ValueFormat)
{
    /// <summary>The one chart type the system draws: clustered columns.</summary>
    public const string ColumnClustered = "ColumnClustered";

    /// <summary>The chart's width in columns and height in rows, from the table's first row.</summary>
    public const int WidthInColumns = 10, HeightInRows = 24;
}
