using System.Globalization;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The tables the system writes into a portfolio workbook (docs/rules.md#workbook-contract, "Written by the system"): Review,
/// PortfolioSummary and DecisionLog, each on a sheet of the same name. Money is in the workbook currency; dates are
/// OLE Automation serials (DecisionDue in the workbook time zone, ReviewedAt and Timestamp in UTC).
/// </summary>
public static class SystemTables
{
    /// <summary>The Review table's name (and sheet).</summary>
    public const string ReviewName = "Review";
    /// <summary>The PortfolioSummary table's name (and sheet).</summary>
    public const string SummaryName = "PortfolioSummary";
    /// <summary>The DecisionLog table's name (and sheet).</summary>
    public const string DecisionLogName = "DecisionLog";

    private static readonly OutputColumn[] ReviewColumns =
    [
        new("InitiativeId"), new("Name"), new("Owner"), new("Stage"), new("RiskLevel"), new("Verdict", ColumnFormat.Verdict),
        new("Reasons", ColumnFormat.WrappedText), new("MonthToDate", ColumnFormat.Money), new("Cap", ColumnFormat.Money), new("CapUsed", ColumnFormat.Percent),
        new("Forecast", ColumnFormat.Money), new("OverCap"), new("Flags", ColumnFormat.WrappedText), new("Workflow", ColumnFormat.Rag),
        new("Policy", ColumnFormat.Rag), new("Context", ColumnFormat.Rag), new("Evaluation", ColumnFormat.Rag),
        new("Economics", ColumnFormat.Rag), new("NextDecision", ColumnFormat.WrappedText), new("DecisionDue", ColumnFormat.Date),
        new("ReviewedAt", ColumnFormat.DateTime),
    ];

    private static readonly OutputColumn[] LogColumns =
    [
        new("Sequence", ColumnFormat.Integer), new("DecisionId"), new("Timestamp", ColumnFormat.DateTime), new("InitiativeId"),
        new("DecisionType"), new("WhatChanged"), new("Why"), new("ApprovedBy"), new("RequestedBy"),
        new("CostEffect", ColumnFormat.Money), new("RiskEffect"), new("RiskNote"), new("Amount", ColumnFormat.Money),
        new("PreviousHash"), new("Hash"), new("Month"),
    ];

    private static readonly OutputColumn[] SummaryColumns =
    [
        new("Measure"), new("Initiatives", ColumnFormat.Integer), new("MonthToDate", ColumnFormat.Money),
        new("Cap", ColumnFormat.Money), new("CapUsed", ColumnFormat.Percent), new("Note", ColumnFormat.WrappedText),
    ];

    /// <summary>
    /// Builds the three tables. Review and PortfolioSummary have their widths fitted to content
    /// (<see cref="ColumnWidths"/>) with Reasons, Flags and NextDecision wrapped; the DecisionLog's rows are produced
    /// lazily when the writer enumerates them. PortfolioSummary: one row for the portfolio, one per verdict, one for
    /// the decisions due and one for the kill-or-merge candidates, each with its count, month-to-date spend, cap, cap
    /// used and a note. Each prints as many pages wide as its columns need, with its header row on every page (<see cref="SheetPrint.SystemSheet"/>).
    /// </summary>
    /// <param name="review">The review to show.</param>
    /// <param name="log">The decision log, in chain order.</param>
    /// <returns>Review, PortfolioSummary and DecisionLog, in that order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<OutputTable> Build(PortfolioReview review, IReadOnlyList<DecisionEntry> log)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(log);
        var summaryRows = SummaryRows(review).ToArray();
        var summaryColumns = ColumnWidths.Fit(SummaryColumns, summaryRows, review.Currency);
        return
        [
            Review(review),
            // A summary row is named by its Measure; a decision by its sequence number and id.
            new OutputTable(SummaryName, SummaryName, summaryColumns, summaryRows,
                Print: SheetPrint.SystemSheet(SummaryName, review.AsOf, summaryColumns, 1)),
            new OutputTable(DecisionLogName, DecisionLogName, LogColumns, log.Select(LogRow),
                Print: SheetPrint.SystemSheet(DecisionLogName, review.AsOf, LogColumns, 2)),
        ];
    }

    /// <summary>The name of the Review sheet's chart of month-to-date spend against each cap.</summary>
    public const string ReviewChartName = "ReviewSpend";

    /// <summary>
    /// The Review table alone: one row per initiative, widths fitted to content, (when it has rows) a clustered
    /// column chart of each initiative's month-to-date spend against its cap, in the workbook currency, and its print
    /// setup (<see cref="SheetPrint.SystemSheet"/>).
    /// </summary>
    /// <param name="review">The review to show.</param>
    /// <exception cref="ArgumentNullException"><paramref name="review"/> is null.</exception>
    public static OutputTable Review(PortfolioReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var rows = review.Initiatives.Select(i => ReviewRow(i, review.ReviewedAt)).ToArray();
        IReadOnlyList<ChartLayout> charts = rows.Length == 0 ? [] :
        [
            new ChartLayout(ReviewChartName, ChartLayout.ColumnClustered, $"Month-to-date spend against cap ({review.Currency})",
                "InitiativeId", [new("Month to date", "MonthToDate", SpendColour), new("Cap", "Cap", CapColour)], "#,##0"),
        ];
        var columns = ColumnWidths.Fit(ReviewColumns, rows, review.Currency);
        // An initiative is named by its id and name, repeated at the left of every page when the sheet prints wider than one.
        return new OutputTable(ReviewName, ReviewName, columns, rows, charts,
            SheetPrint.SystemSheet(ReviewName, review.AsOf, columns, 2, charts.Count));
    }

    /// <summary>The fill of a spend series in the system's charts (blue), six hex digits RGB.</summary>
    public const string SpendColour = "2E75B6";

    /// <summary>The fill of a cap series in the system's charts (grey), six hex digits RGB.</summary>
    public const string CapColour = "7F7F7F";

    private static IReadOnlyList<CellValue> ReviewRow(InitiativeReview item, DateTimeOffset reviewedAt)
    {
        var spend = item.Spend;
        var layers = item.Layers;
        return
        [
            Text(item.Initiative.Id), Text(item.Initiative.Name), Text(item.Initiative.Owner),
            Text(EnumLabels<Stage>.Label(item.Initiative.Stage)), Text(EnumLabels<RiskLevel>.Label(item.RiskLevel)),
            Text(EnumLabels<Verdict>.Label(item.Verdict)), Text(string.Join("; ", item.Reasons)),
            Money(spend.MonthToDate), Money(spend.Cap),
            spend.CapUsed is { } used ? CellValue.FromNumber(used) : CellValue.Empty,
            Money(spend.Forecast), Text(spend.OverCap ? "Yes" : "No"), Text(string.Join("; ", item.Flags)),
            Rag(layers.Workflow), Rag(layers.Policy), Rag(layers.Context), Rag(layers.Evaluation), Rag(layers.Economics),
            Text(NextDecisionText(item.NextDecision)),
            CellValue.FromNumber(item.NextDecision.Due.ToDateTime(TimeOnly.MinValue).ToOADate()),
            Utc(reviewedAt),
        ];
    }

    private static IEnumerable<IReadOnlyList<CellValue>> SummaryRows(PortfolioReview review)
    {
        var totals = review.Portfolio;
        var asOf = review.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return Totals("Portfolio", review.Initiatives, $"as of {asOf}, {review.Currency}");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            yield return Totals($"Verdict {EnumLabels<Verdict>.Label(verdict)}",
                review.Initiatives.Where(r => r.Verdict == verdict).ToArray(), null);
        }
        var due = NextDecisionPlanner.DecisionsDue(review.Initiatives);
        yield return Totals("Decisions due", due,
            $"money at stake {ValueText.Money(due.Sum(r => r.NextDecision.AtStake), review.Currency)}; see the Review table's NextDecision and DecisionDue");
        var candidates = totals.KillOrMergeCandidates.Select(c => c.InitiativeId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        yield return Totals("Kill-or-merge candidates",
            review.Initiatives.Where(r => candidates.Contains(r.Initiative.Id)).ToArray(),
            totals.KillOrMergeCandidates.Count == 0 ? "None" : string.Join("; ", totals.KillOrMergeCandidates.Select(c => c.ToString())));
    }

    private static IReadOnlyList<CellValue> Totals(string measure, IReadOnlyList<InitiativeReview> items, string? note)
    {
        var monthToDate = items.Sum(r => r.Spend.MonthToDate);
        var cap = items.Sum(r => r.Spend.Cap);
        return
        [
            Text(measure), CellValue.FromNumber(items.Count), Money(monthToDate), Money(cap),
            cap > 0 ? CellValue.FromNumber((double)(monthToDate / cap)) : CellValue.Empty, Text(note),
        ];
    }

    private static IReadOnlyList<CellValue> LogRow(DecisionEntry entry)
    {
        var decision = entry.Decision;
        return
        [
            CellValue.FromNumber(entry.Sequence), Text(decision.DecisionId), Utc(decision.Timestamp), Text(decision.InitiativeId),
            Text(EnumLabels<DecisionType>.Label(decision.DecisionType)), Text(decision.WhatChanged), Text(decision.Why),
            Text(decision.ApprovedBy), Text(decision.RequestedBy), Money(decision.CostEffect),
            Text(decision.RiskEffect.ToString()), Text(decision.RiskNote),
            decision.Amount is { } amount ? Money(amount) : CellValue.Empty,
            Text(entry.PreviousHash), Text(entry.Hash),
            // The month an Overage covers, yyyy-mm (docs/rules.md#overage); blank for other decisions and older entries.
            decision.Month is { } month ? Text(Spend.OverageMonth.Format(month)) : CellValue.Empty,
        ];
    }

    private static string NextDecisionText(NextDecision next) =>
        next.Approvers.Count == 0
            ? $"{EnumLabels<DecisionType>.Label(next.Type)} (no approver has the right)"
            : $"{EnumLabels<DecisionType>.Label(next.Type)} ({string.Join("; ", next.Approvers)})";

    private static CellValue Text(string? text) => CellValue.FromText(text);

    private static CellValue Money(decimal amount) => CellValue.FromNumber((double)amount);

    private static CellValue Rag(Rag rag) => Text(EnumLabels<Rag>.Label(rag));

    private static CellValue Utc(DateTimeOffset moment) => CellValue.FromNumber(moment.UtcDateTime.ToOADate());
}
