using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The inverse of <see cref="PortfolioParser"/>: a portfolio as the seven input tables of docs/rules.md#workbook-contract, for
/// writing a new workbook (inventory import, test data, benchmarks). Reading the written tables back gives the same
/// portfolio.
/// </summary>
public static class PortfolioTables
{
    /// <summary>
    /// The input tables in <see cref="PortfolioSchema.Tables"/> order, each on a sheet of its own name, with every
    /// schema column. Dates are written as OLE Automation serials formatted as dates; money as numbers formatted as
    /// Money (in Settings Currency); enums and lists as their labels (lists joined with "; "); Yes/No as text.
    /// Settings is written as Key/Value rows for every key, blank where unset. Rows are built lazily while the
    /// writer enumerates them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    public static IReadOnlyList<OutputTable> ToOutputTables(PortfolioWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return
        [
            Table(PortfolioSchema.Settings, SettingsRows(workbook.Settings)),
            Table(PortfolioSchema.Initiatives, workbook.Initiatives.Select(PortfolioTableRows.Initiative)),
            Table(PortfolioSchema.Agents, workbook.Agents.Select(PortfolioTableRows.Agent)),
            Table(PortfolioSchema.Metrics, workbook.Metrics.Select(PortfolioTableRows.Metric)),
            Table(PortfolioSchema.Observations, workbook.Observations.Select(PortfolioTableRows.Observation)),
            Table(PortfolioSchema.Spend, workbook.Spend.Select(PortfolioTableRows.Spend)),
            Table(PortfolioSchema.DecisionRights, workbook.DecisionRights.Select(PortfolioTableRows.DecisionRight)),
        ];
    }

    /// <summary>The Excel format a column of this type is written with.</summary>
    public static ColumnFormat FormatOf(ColumnType type) => type switch
    {
        ColumnType.Date => ColumnFormat.Date,
        ColumnType.Money => ColumnFormat.Money,
        ColumnType.Number => ColumnFormat.General,
        _ => ColumnFormat.Text,
    };

    private static OutputTable Table(TableSchema schema, IEnumerable<IReadOnlyList<CellValue>> rows) =>
        new(schema.Name, schema.Name, schema.Columns.Select(c => new OutputColumn(c.Name, FormatOf(c.Type))).ToArray(), rows);

    private static IEnumerable<IReadOnlyList<CellValue>> SettingsRows(PortfolioSettings settings)
    {
        yield return Setting("Currency", settings.Currency);
        yield return Setting("ReviewCadence", EnumLabels<ReviewCadence>.Label(settings.ReviewCadence));
        yield return Setting("AccountableLeader", settings.AccountableLeader);
        yield return Setting("LeadershipEmails", string.Join("; ", settings.LeadershipEmails));
        if (settings.FinanceEmails.Count > 0)
        {
            // Written only when set, so workbooks written before the key existed come out byte-for-byte the same.
            yield return Setting("FinanceEmails", string.Join("; ", settings.FinanceEmails));
        }
        yield return Setting("SenderMailbox", settings.SenderMailbox);
        yield return Setting("TimeZone", settings.TimeZone.Id);
        if (settings.WorkbookId is { } id)
        {
            yield return Setting("WorkbookId", DecisionLogKey.Of(id));
        }
    }

    private static CellValue[] Setting(string key, string? value) => [CellValue.FromText(key), CellValue.FromText(value)];
}
