using System.Collections;
using System.Globalization;
using System.Text;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Tests.Workbooks;

/// <summary>
/// A portfolio's content as text, one line per model with every property, so two portfolios can be compared by
/// value (records compare their sets and lists by reference).
/// </summary>
internal static class PortfolioContent
{
    public static IReadOnlyList<string> Describe(PortfolioWorkbook workbook) =>
    [
        Line(workbook.Settings),
        .. workbook.Initiatives.Select(Line),
        .. workbook.Agents.Select(Line),
        .. workbook.Metrics.Select(Line),
        .. workbook.Observations.Select(Line),
        .. workbook.Spend.Select(Line),
        .. workbook.DecisionRights.Select(Line),
    ];

    private static string Line(object model)
    {
        var line = new StringBuilder(model.GetType().Name);
        foreach (var property in model.GetType().GetProperties().Where(p => p.Name != "EqualityContract"))
        {
            line.Append(' ').Append(property.Name).Append('=').Append(Value(property.GetValue(model)));
        }
        return line.ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => "null",
        string text => text,
        TimeZoneInfo zone => zone.Id,
        IEnumerable items => "[" + string.Join(",", items.Cast<object>().Select(Value).Order()) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
