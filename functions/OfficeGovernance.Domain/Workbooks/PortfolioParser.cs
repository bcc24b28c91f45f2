using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Turns the raw tables of a portfolio workbook into a validated <see cref="PortfolioWorkbook"/>
/// (docs/rules.md#workbook-contract, with docs/rules.md#hostile-workbooks). Pure: no I/O, no clock.
/// </summary>
public static class PortfolioParser
{
    /// <summary>
    /// Parses and validates the input tables. Tables are found by name case-insensitively; tables that are not input
    /// (Review, PortfolioSummary, user tables) are ignored; of the DecisionLog table only the DecisionIds are read. Dates are calendar dates in the workbook time
    /// zone (Settings TimeZone, default UTC); money is in Settings Currency (default USD). InitiativeId and Metric
    /// references resolve to the spelling of the row that declares them.
    /// </summary>
    /// <param name="tables">The workbook's tables, as read from the file or sent by the add-in.</param>
    /// <returns>The portfolio, every model's <c>Row</c> set to its table data row (1 = first row below the header).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tables"/> is null.</exception>
    /// <exception cref="WorkbookValidationException">
    /// Any problem: missing tables or columns, bad cells, duplicates, unknown references. It lists every problem found.
    /// </exception>
    public static PortfolioWorkbook Parse(IEnumerable<TableData> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var problems = new List<ValidationProblem>();
        var list = tables as IReadOnlyCollection<TableData> ?? tables.ToArray();
        var found = FindInputTables(list, problems);
        var index = new PortfolioIndex();
        TableReader? Open(TableSchema schema) => TableReader.Open(found, schema, problems);

        var settings = SettingsReader.Read(Open(PortfolioSchema.Settings));
        var initiatives = InitiativesReader.Read(Open(PortfolioSchema.Initiatives), index);
        var agents = AgentsReader.Read(Open(PortfolioSchema.Agents), index);
        var metrics = ScorecardReader.ReadMetrics(Open(PortfolioSchema.Metrics), index);

        // The ids are all declared now; the remaining tables only look them up, so they are read on every core, each
        // with a problem list of its own, joined in table order as if they had been read one after another.
        var later = new[] { new List<ValidationProblem>(), [], [], [] };
        List<Observation> observations = [];
        List<SpendEntry> spend = [];
        List<DecisionRight> rights = [];
        IReadOnlyList<DecisionLogTableRow> logTable = [];
        Action[] reads =
        [
            () => observations = ScorecardReader.ReadObservations(TableReader.Open(found, PortfolioSchema.Observations, later[0]), index),
            () => spend = SpendReader.Read(TableReader.Open(found, PortfolioSchema.Spend, later[1]), index),
            () => rights = DecisionRightsReader.Read(TableReader.Open(found, PortfolioSchema.DecisionRights, later[2]), index),
            () => logTable = DecisionLogTableReader.Read(FindDecisionLog(list, later[3]), later[3]),
        ];
        EveryCore.For(reads.Length, i => reads[i]());
        foreach (var own in later)
        {
            problems.AddRange(own);
        }

        var workbook = new PortfolioWorkbook
        {
            Settings = settings,
            Initiatives = initiatives,
            Agents = agents,
            Metrics = metrics,
            Observations = observations,
            Spend = spend,
            DecisionRights = rights,
            DecisionLogTable = logTable,
        };
        return problems.Count == 0 ? workbook : throw new WorkbookValidationException(problems);
    }

    /// <summary>
    /// Parses and validates only the Settings table (docs/rules.md#workbook-contract), for a caller that needs the workbook's
    /// <see cref="PortfolioSettings.WorkbookId"/> or currency without reviewing it. The other tables are not checked.
    /// </summary>
    /// <param name="tables">The workbook's tables; only one named Settings is read (absent = defaults).</param>
    /// <exception cref="WorkbookValidationException">The Settings table is repeated or has invalid cells; lists every problem.</exception>
    public static PortfolioSettings ParseSettings(IEnumerable<TableData> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var problems = new List<ValidationProblem>();
        var found = FindInputTables(tables.Where(t => string.Equals(t.Name.Trim(), PortfolioSchema.Settings.Name,
            StringComparison.OrdinalIgnoreCase)), problems);
        var settings = SettingsReader.Read(TableReader.Open(found, PortfolioSchema.Settings, problems));
        return problems.Count == 0 ? settings : throw new WorkbookValidationException(problems);
    }

    /// <summary>
    /// Only the DecisionLog table's rows (docs/rules.md#decision-log), for readers of the log (list, verify) that must hold a
    /// workbook to its log while the rest of the workbook may be broken; none when there is no such table.
    /// </summary>
    /// <exception cref="WorkbookValidationException">The table is duplicated or has values but no DecisionId column.</exception>
    public static IReadOnlyList<DecisionLogTableRow> ParseDecisionLogTable(IEnumerable<TableData> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var problems = new List<ValidationProblem>();
        var rows = DecisionLogTableReader.Read(FindDecisionLog(tables.ToList(), problems), problems);
        return problems.Count == 0 ? rows : throw new WorkbookValidationException(problems);
    }

    private static TableData? FindDecisionLog(IEnumerable<TableData> tables, List<ValidationProblem> problems)
    {
        var logs = tables.Where(t => string.Equals(t.Name.Trim(), SystemTables.DecisionLogName, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (logs.Length > 1)
        {
            problems.Add(new(SystemTables.DecisionLogName, null, null, null,
                $"two tables are named {SystemTables.DecisionLogName} (on sheets {logs[0].SheetName} and {logs[1].SheetName})"));
            return null;
        }
        return logs.FirstOrDefault();
    }

    private static Dictionary<string, TableData> FindInputTables(IEnumerable<TableData> tables, List<ValidationProblem> problems)
    {
        var found = new Dictionary<string, TableData>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            ArgumentNullException.ThrowIfNull(table, nameof(tables));
            var name = table.Name.Trim();
            if (!PortfolioSchema.InputTableNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!found.TryAdd(name, table))
            {
                problems.Add(new(name, null, null, null, $"two tables are named {name} (on sheets {found[name].SheetName} and {table.SheetName})"));
            }
        }
        return found;
    }
}
