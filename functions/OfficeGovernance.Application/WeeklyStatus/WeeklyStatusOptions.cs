namespace OfficeGovernance.Functions.Http;

/// <summary><c>WeeklyStatus:*</c> settings of the timer function (PRODUCT.md section 5).</summary>
public sealed class WeeklyStatusOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "WeeklyStatus";

    /// <summary>
    /// The NCRONTAB schedule (six fields, seconds first, in the Function App's time zone, UTC unless
    /// WEBSITE_TIME_ZONE says otherwise). The Functions host reads it through function.json
    /// (<c>%WeeklyStatus:Schedule%</c>); it is checked here so a bad value fails at start-up.
    /// </summary>
    public string Schedule { get; set; } = "0 0 7 * * Mon";

    /// <summary>The registered workbooks, <c>;</c>-separated: <c>driveId/itemId</c> with Graph, file names locally.</summary>
    public string? Workbooks { get; set; }

    /// <summary>The folder of .eml files and verdict snapshots when workbooks are local (one subfolder per workbook).</summary>
    public string Outbox { get; set; } = "./data/outbox";

    /// <summary>
    /// When true, the weekly run first syncs each workbook's Agents table from Microsoft Entra Agent ID (its own save,
    /// over the version read), so the review that follows lists the agents outside the portfolio (PRODUCT.md section 2,
    /// Agent sync). Off by default: it needs the agent sync's Graph permissions (README).
    /// </summary>
    public bool SyncAgents { get; set; }

    /// <summary>How many times one workbook is read, reviewed and saved when others keep changing it (412), 1 to 10.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The workbook ids of <see cref="Workbooks"/>, trimmed, blanks dropped, duplicates kept once.</summary>
    public IReadOnlyList<string> WorkbookIds =>
        (Workbooks ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// True when <paramref name="schedule"/> is an NCRONTAB expression of six fields (seconds first) that NCrontab
    /// parses, so <c>0 0 99 * * Mon</c> fails at start-up rather than at the host's first timer.
    /// </summary>
    public static bool IsValidSchedule(string? schedule) =>
        schedule is not null && schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
        && NCrontab.CrontabSchedule.TryParse(schedule, new NCrontab.CrontabSchedule.ParseOptions { IncludingSeconds = true }) is not null;
}

/// <summary><c>Graph:*</c> settings (PRODUCT.md section 5), turned into validated Infrastructure GraphSettings.</summary>
public sealed class GraphOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Graph";

    /// <summary>Graph's base URL up to the version; https://graph.microsoft.com/v1.0 unless set.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>ManagedIdentity (default), Default, or None (only for a loopback base URL).</summary>
    public string? Credential { get; set; }

    /// <summary>The user-assigned managed identity's client id; bound from the app setting <c>AZURE_CLIENT_ID</c>, not from this section.</summary>
    public string? ManagedIdentityClientId { get; set; }
}
