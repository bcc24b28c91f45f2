using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

/// <summary>A small valid portfolio as raw tables; tests replace one table to provoke one problem.</summary>
internal static class PortfolioSample
{
    public static TableDataBuilder SettingsHeader() => TableDataBuilder.Table("Settings").WithHeaders("Key", "Value");

    public static TableDataBuilder Settings() => SettingsHeader()
        .WithRow("Currency", "EUR")
        .WithRow("TimeZone", "Europe/Paris")
        .WithRow("LeadershipEmails", "cto@example.com; cfo@example.com");

    // Columns A..K.
    public static TableDataBuilder InitiativesHeader() => TableDataBuilder.Table("Initiatives").WithHeaders(
        "InitiativeId", "Name", "Owner", "Stage", "Status", "DataTouched", "Actions", "RiskLevel", "MonthlyBudgetCap",
        "SuccessMetric", "LastRollbackDrill");

    public static TableDataBuilder Initiatives() => InitiativesHeader()
        .WithRow("I-1", "Support drafts", "ana@example.com", "Pilot", null, "Customer personal; Internal", "Draft", "Medium",
            5000, "CSAT", new DateOnly(2026, 1, 15))
        .WithRow("I-2", "Code review", "ben@example.com", "Early production", "Paused", null, "Summarize", null, 2000, null, null);

    // Columns A..I.
    public static TableDataBuilder AgentsHeader() => TableDataBuilder.Table("Agents").WithHeaders(
        "AgentId", "InitiativeId", "Name", "Owner", "KillSwitchOwner", "Autonomy", "Permissions", "HumanApproval", "RollbackPath");

    public static TableDataBuilder Agents() => AgentsHeader()
        .WithRow("A-1", "I-1", "Drafter", "ana@example.com", "ops@example.com", "Assistant", "Draft", "Yes", "Disable the queue");

    // Columns A..H.
    public static TableDataBuilder MetricsHeader() => TableDataBuilder.Table("Metrics").WithHeaders(
        "InitiativeId", "Metric", "Kind", "Unit", "Direction", "Baseline", "SuccessAt", "StopAt");

    public static TableDataBuilder Metrics() => MetricsHeader()
        .WithRow("I-1", "Quality", "Quality", "%", "Higher is better", 0.7, 0.9, 0.6)
        .WithRow("I-1", "Handle time", "Speed", "minutes", "Lower is better", 30, 20, 40)
        .WithRow("I-2", "Defects", "Error rate", "count", "Lower is better", 10, 5, 15);

    // Columns A..E.
    public static TableDataBuilder ObservationsHeader() => TableDataBuilder.Table("Observations").WithHeaders(
        "InitiativeId", "Metric", "PeriodEnd", "Value", "Source");

    public static TableDataBuilder Observations() => ObservationsHeader()
        .WithRow("I-1", "Quality", new DateOnly(2026, 3, 1), 0.8, "QA sample")
        .WithRow("I-1", "Quality", "2026-03-08", 0.92, null)
        .WithRow("I-1", "Handle time", new DateOnly(2026, 3, 8), 25, null);

    // Columns A..H.
    public static TableDataBuilder SpendHeader() => TableDataBuilder.Table("Spend").WithHeaders(
        "InitiativeId", "Date", "Category", "Vendor", "Amount", "Hours", "HourlyRate", "Note");

    public static TableDataBuilder Spend() => SpendHeader()
        .WithRow("I-1", new DateOnly(2026, 3, 2), "Model usage", "OpenAI", 1200.5, null, null, null)
        .WithRow("I-1", new DateOnly(2026, 3, 3), "Staff time", null, null, 10, 85, "Reviewers");

    // Columns A..E.
    public static TableDataBuilder DecisionRightsHeader() => TableDataBuilder.Table("DecisionRights").WithHeaders(
        "DecisionType", "Approver", "Scope", "MaxAmount", "MaxRiskLevel");

    public static TableDataBuilder DecisionRights() => DecisionRightsHeader()
        .WithRow("Launch", "cto@example.com", "*", null, "High")
        .WithRow("Overage", "cfo@example.com", "I-1", 10000, null);

    public static List<TableData> Tables() =>
    [
        Settings().Build(), Initiatives().Build(), Agents().Build(), Metrics().Build(), Observations().Build(),
        Spend().Build(), DecisionRights().Build(),
    ];

    /// <summary>The sample with tables of the same names replaced (case-insensitively) or added.</summary>
    public static List<TableData> With(params TableDataBuilder[] replacements)
    {
        var tables = Tables();
        foreach (var replacement in replacements.Select(r => r.Build()))
        {
            tables.RemoveAll(t => t.Name.Equals(replacement.Name, StringComparison.OrdinalIgnoreCase));
            tables.Add(replacement);
        }
        return tables;
    }

    public static List<TableData> Without(string name) =>
        Tables().Where(t => !t.Name.Equals(name, StringComparison.Ordinal)).ToList();

    /// <summary>The problems the parser reports, formatted as the CLI prints them.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<TableData> tables)
    {
        var failure = Assert.Throws<WorkbookValidationException>(() => PortfolioParser.Parse(tables));
        return failure.Problems.Select(p => p.ToString()).ToArray();
    }

    /// <summary>The one problem the parser reports.</summary>
    public static string Problem(IEnumerable<TableData> tables) => Assert.Single(Problems(tables));

    public static PortfolioWorkbook Parse(params TableDataBuilder[] replacements) => PortfolioParser.Parse(With(replacements));
}
