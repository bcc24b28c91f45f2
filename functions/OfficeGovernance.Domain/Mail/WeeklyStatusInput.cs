using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>What the weekly status reports on (docs/rules.md#weekly-status).</summary>
public sealed record WeeklyStatusInput
{
    /// <summary>This week's review.</summary>
    public required PortfolioReview Review { get; init; }
    /// <summary>The previous review's verdicts by initiative id (matched case-insensitively); null when there was
    /// no earlier review.</summary>
    public IReadOnlyDictionary<string, Verdict>? PreviousVerdicts { get; init; }
    /// <summary>The ids of the initiatives over their cap in the previous review (matched case-insensitively), for
    /// the digest's new overruns (docs/rules.md#weekly-status); null when there was no earlier review or it did not record
    /// over-cap state (snapshots kept before it did), so no overrun is called new on unknown evidence.</summary>
    public IReadOnlyCollection<string>? PreviousOverCap { get; init; }
    /// <summary>The decisions logged in the period since the last status, in log order.</summary>
    public IReadOnlyList<DecisionEntry> Decisions { get; init; } = [];
    /// <summary>The workbook settings: currency, leadership recipients, time zone for decision dates.</summary>
    public required PortfolioSettings Settings { get; init; }
    /// <summary>
    /// The finance model of the as-of month and the month before (verified decision log), for the finance digest;
    /// null sends no finance digest.
    /// </summary>
    public Finance.FinanceReport? Finance { get; init; }
    /// <summary>The head of the whole decision log (not only this period's decisions), stated in the leadership digest as a witness; null when the log's head was not read.</summary>
    public LogHead? LogHead { get; init; }
    /// <summary>The ISO week reported.</summary>
    public required IsoWeek Week { get; init; }
}
