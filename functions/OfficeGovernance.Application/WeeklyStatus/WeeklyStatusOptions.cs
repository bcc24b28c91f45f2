using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary><c>WeeklyStatus:*</c> settings of the timer function (docs/rules.md#weekly-status).</summary>
public sealed class WeeklyStatusOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "WeeklyStatus";

    /// <summary>
    /// The NCRONTAB schedule (six fields, seconds first, in the Function App's time zone, UTC unless
    /// WEBSITE_TIME_ZONE says otherwise). The Functions host reads it through function.json
    /// (<c>%WeeklyStatus:Schedule%</c>); Infrastructure's <c>AddInfrastructure</c> checks it with NCrontab so a bad value
    /// fails at start-up.
    /// </summary>
    public string Schedule { get; set; } = "0 0 7 * * Mon";

    /// <summary>The registered workbooks, <c>;</c>-separated: <c>driveId/itemId</c> with Graph, file names locally.</summary>
    public string? Workbooks { get; set; }

    /// <summary>The folder of .eml files and verdict snapshots when workbooks are local (one subfolder per workbook).</summary>
    public string Outbox { get; set; } = "./data/outbox";

    /// <summary>
    /// When true, the weekly run first syncs each workbook's Agents table from Microsoft Entra Agent ID (its own save,
    /// over the version read), so the review that follows lists the agents outside the portfolio (docs/rules.md#workbook-contract,
    /// the Agents table). Off by default: it needs the agent sync's Graph permissions (README).
    /// </summary>
    public bool SyncAgents { get; set; }

    /// <summary>How many times one workbook is read, reviewed and saved when others keep changing it (412), 1 to 10.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The workbook ids of <see cref="Workbooks"/>, trimmed, blanks dropped, duplicates kept once.</summary>
    public IReadOnlyList<string> WorkbookIds =>
        (Workbooks ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.Ordinal).ToArray();

}
