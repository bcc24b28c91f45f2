namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>One series of a chart: its name cell, its value range, and the cached values shown before recalculation.</summary>
/// <param name="NameCell">The header cell naming the series, such as <c>Months!$B$1</c>; null when <paramref name="Name"/> is the name itself.</param>
/// <param name="Name">That cell's text.</param>
/// <param name="Values">The value range, such as <c>Months!$B$2:$B$13</c>.</param>
/// <param name="Cache">The values, in range order.</param>
/// <param name="Colour">Its fill (columns) or stroke (line), RGB hex such as <c>1F4E79</c> (<see cref="ReportColours"/>).</param>
/// <param name="AsLine">True to draw it as a line over the columns.</param>
/// <param name="Labels">True to label each point with its value, in the value axis format.</param>
internal sealed record ChartSeries(
    string? NameCell, string Name, string Values, IReadOnlyList<double> Cache, string Colour, bool AsLine = false,
    bool Labels = false);

/// <summary>A column chart over one category range.</summary>
/// <param name="Title">The title.</param>
/// <param name="Categories">The category range.</param>
/// <param name="CategoryCache">The categories as text (<see cref="DateCategories"/> false) or OLE date serials as text.</param>
/// <param name="DateCategories">True when the categories are month dates, shown <c>mmm yyyy</c>.</param>
/// <param name="Series">The series.</param>
/// <param name="ValueFormat">The value axis (and data label) number format.</param>
internal sealed record ChartDefinition(
    string Title, string Categories, IReadOnlyList<string> CategoryCache, bool DateCategories,
    IReadOnlyList<ChartSeries> Series, string ValueFormat);
