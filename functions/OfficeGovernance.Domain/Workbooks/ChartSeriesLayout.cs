namespace OfficeGovernance.Domain.Workbooks;

/// <summary>One series of a <see cref="ChartLayout"/>: the data cells of one column of the table.</summary>
/// <param name="Name">The series' name in the legend.</param>
/// <param name="Column">The header of the column holding its values.</param>
/// <param name="Colour">Its fill, six hex digits RGB such as <c>2E75B6</c>.</param>
public sealed record ChartSeriesLayout(string Name, string Column, string Colour);
