using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public sealed class SystemTablesTests
{
    private static readonly DateTimeOffset ReviewedAt = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(2));

    private static InitiativeReview Item(string id, Verdict verdict, double? capUsed) => new()
    {
        Initiative = new Initiative { Id = id, Name = $"Name {id}", Owner = "owner@example.com", Stage = Stage.EarlyProduction, MonthlyBudgetCap = 1000m },
        RiskLevel = RiskLevel.High,
        RiskLevelClassified = false,
        Verdict = verdict,
        Reasons = ["first reason", "second reason"],
        StopConditions = [],
        Controls = new ExpandControls(new(true, "ok"), new(false, "no staff time"), new(true, "ok")),
        Layers = new LayerRatings(Rag.Green, Rag.Amber, Rag.Red, Rag.Green, Rag.Amber),
        Spend = new SpendSummary(1200.5m, 1000m, capUsed, 2400m, true, 200.5m, false, "not approved"),
        Metrics = [],
        NextDecision = new NextDecision(DecisionType.Overage, new DateOnly(2025, 3, 21), ["cfo@example.com", "cto@example.com"]),
        Flags = ["forecast over cap"],
    };

    private static PortfolioReview Review(params InitiativeReview[] items) => new(
        new DateOnly(2025, 3, 14), "EUR", ReviewedAt, items,
        new PortfolioTotals(1200.5m, 1000m, new Dictionary<Verdict, int> { [Verdict.Pause] = 1 },
            [new KillOrMergeCandidate("INI-9", 1, 4, 800m, 0.0003125, true, false), new KillOrMergeCandidate("INI-7", 0, 0, 0m, null, false, true)]));

    private static DecisionEntry Entry(long sequence, decimal? amount) => new()
    {
        Decision = new DecisionDraft
        {
            DecisionId = $"d{sequence}", Timestamp = ReviewedAt, InitiativeId = "INI-1", DecisionType = DecisionType.ScopeChange,
            WhatChanged = "=cmd|' /C calc'!A0", Why = "because", ApprovedBy = "cto@example.com", CostEffect = -50m,
            RiskEffect = RiskEffect.Lowered, RiskNote = "less data", Amount = amount,
        },
        Sequence = sequence,
        PreviousHash = new string('0', 64),
        Hash = new string('a', 64),
    };

    private static Dictionary<string, CellValue> Row(OutputTable table, int index)
    {
        var row = table.Rows.ElementAt(index);
        return table.Columns.Select((c, i) => (c.Header, Value: row[i])).ToDictionary(p => p.Header, p => p.Value);
    }

    [Fact]
    public void Build_Always_ReturnsTheThreeTablesOnSheetsOfTheirName()
    {
        var tables = SystemTables.Build(Review(), []);

        Assert.Equal(["Review", "PortfolioSummary", "DecisionLog"], tables.Select(t => t.Name));
        Assert.All(tables, t => Assert.Equal(t.Name, t.SheetName));
    }

    [Fact]
    public void Build_ReviewRow_HoldsLabelsFormatsAndValues()
    {
        var review = SystemTables.Build(Review(Item("INI-1", Verdict.Pause, 1.2005)), [])[0];
        var row = Row(review, 0);

        Assert.Equal(21, review.Columns.Count);
        Assert.Equal(ColumnFormat.Verdict, review.Columns.Single(c => c.Header == "Verdict").Format);
        Assert.Equal(ColumnFormat.Percent, review.Columns.Single(c => c.Header == "CapUsed").Format);
        Assert.Equal("Pause", row["Verdict"].Text);
        Assert.Equal("Early production", row["Stage"].Text);
        Assert.Equal("High", row["RiskLevel"].Text);
        Assert.Equal("first reason; second reason", row["Reasons"].Text);
        Assert.Equal(1200.5, row["MonthToDate"].Number);
        Assert.Equal(1.2005, row["CapUsed"].Number);
        Assert.Equal("Yes", row["OverCap"].Text);
        Assert.Equal(["Green", "Amber", "Red", "Green", "Amber"], new[] { "Workflow", "Policy", "Context", "Evaluation", "Economics" }.Select(h => row[h].Text));
        Assert.Equal("Overage (cfo@example.com; cto@example.com)", row["NextDecision"].Text);
        Assert.Equal(new DateTime(2025, 3, 21).ToOADate(), row["DecisionDue"].Number);
        Assert.Equal(new DateTime(2025, 3, 14, 7, 30, 0).ToOADate(), row["ReviewedAt"].Number);
    }

    [Fact]
    public void Build_CapUsedUnknown_LeavesCellEmpty()
    {
        var row = Row(SystemTables.Build(Review(Item("INI-1", Verdict.Fix, null)), [])[0], 0);

        Assert.True(row["CapUsed"].IsEmpty);
    }

    [Fact]
    public void Build_Summary_ListsTotalsEveryVerdictDecisionsDueAndCandidatesWithMoney()
    {
        var waiting = Item("INI-2", Verdict.Expand, 0.5) with
        {
            Spend = new SpendSummary(500m, 1000m, 0.5, 750m, false, 0m, false, null),
            NextDecision = new NextDecision(DecisionType.Expand, new DateOnly(2025, 3, 21), [], "the verdict is Expand", 1000m),
        };
        var summary = SystemTables.Build(Review(Item("INI-1", Verdict.Pause, 1.2005), waiting), [])[1];
        var measures = summary.Rows.ToDictionary(r => r[0].Text!, r => summary.Columns.Select((c, i) => (c.Header, r[i]))
            .ToDictionary(p => p.Header, p => p.Item2));

        Assert.Equal(["Measure", "Initiatives", "MonthToDate", "Cap", "CapUsed", "Note"], summary.Columns.Select(c => c.Header));
        Assert.Equal([ColumnFormat.General, ColumnFormat.Integer, ColumnFormat.Money, ColumnFormat.Money, ColumnFormat.Percent,
            ColumnFormat.WrappedText], summary.Columns.Select(c => c.Format));
        Assert.Equal("as of 2025-03-14, EUR", measures["Portfolio"]["Note"].Text);
        Assert.Equal((2d, 1700.5, 2000d, 0.85025), (measures["Portfolio"]["Initiatives"].Number,
            measures["Portfolio"]["MonthToDate"].Number, measures["Portfolio"]["Cap"].Number, measures["Portfolio"]["CapUsed"].Number));
        Assert.Equal((1d, 1200.5), (measures["Verdict Pause"]["Initiatives"].Number, measures["Verdict Pause"]["MonthToDate"].Number));
        Assert.Equal(0d, measures["Verdict Stop"]["Initiatives"].Number);
        Assert.True(measures["Verdict Stop"]["CapUsed"].IsEmpty);
        Assert.Equal(7, measures.Keys.Count(k => k.StartsWith("Verdict ", StringComparison.Ordinal)));
        Assert.Equal(1d, measures["Decisions due"]["Initiatives"].Number);
        Assert.StartsWith("money at stake 1,000.00 EUR", measures["Decisions due"]["Note"].Text, StringComparison.Ordinal);
        Assert.Equal(
            "INI-9 (1 of 4 metrics at Success for 800.00 month to date: bottom 20% by value); "
            + "INI-7 (0 of 0 metrics at Success for 0.00 month to date: no measurable success)",
            measures["Kill-or-merge candidates"]["Note"].Text);
    }

    [Fact]
    public void Build_Review_WidthsFittedAndLongTextWrapped()
    {
        var review = SystemTables.Build(Review(Item("INI-1", Verdict.Pause, 1.2005) with
        {
            Reasons = [new string('x', 200)],
        }), [])[0];
        var columns = review.Columns.ToDictionary(c => c.Header);

        Assert.Equal(ColumnFormat.WrappedText, columns["Reasons"].Format);
        Assert.Equal(ColumnWidths.WrapAt, columns["Reasons"].Width);
        Assert.Equal("InitiativeId".Length + 4, columns["InitiativeId"].Width);
        Assert.Equal("2,400.00 EUR".Length + 2, columns["Forecast"].Width);
    }

    [Fact]
    public void Review_WithInitiatives_ChartOfMonthToDateAgainstCapInTheCurrency()
    {
        var chart = SystemTables.Review(Review(Item("INI-1", Verdict.Pause, 1.2005))).Charts!.Single();

        Assert.Equal(SystemTables.ReviewChartName, chart.Name);
        Assert.Equal(ChartLayout.ColumnClustered, chart.Type);
        Assert.Equal("Month-to-date spend against cap (EUR)", chart.Title);
        Assert.Equal("InitiativeId", chart.CategoryColumn);
        Assert.Equal(["MonthToDate", "Cap"], chart.Series.Select(s => s.Column));
    }

    [Fact]
    public void Build_EveryTable_PrintsLandscapeWithItsSheetAndTheAsOfDateInTheFooter()
    {
        var review = Review();

        var tables = SystemTables.Build(review, []);

        Assert.All(tables, t => Assert.Equal(
            (true, 0, 1, $"&F: {t.SheetName} as of {review.AsOf:yyyy-MM-dd}", "Page &P of &N"),
            (t.Print!.Landscape, t.Print.PagesTall, t.Print.HeaderRow, t.Print.FooterLeft, t.Print.FooterRight)));
    }

    [Fact]
    public void Build_EveryTable_PagesWideFromItsColumnWidthsWithItsIdentifyingColumnsRepeated()
    {
        var tables = SystemTables.Build(Review(), []);

        // Review (21 columns) and DecisionLog (16) are wider than a page, PortfolioSummary fits one.
        Assert.Equal(
            [("Review", SheetPrint.PagesFor(tables[0].Columns.Select(ColumnWidths.Of).ToArray(), 2), 2, true), ("PortfolioSummary", 1, 0, false),
                ("DecisionLog", SheetPrint.PagesFor(tables[2].Columns.Select(ColumnWidths.Of).ToArray(), 2), 2, true)],
            tables.Select(t => (t.SheetName, t.Print!.PagesWide, t.Print.TitleColumns, t.Print.OverThenDown)));
    }

    [Fact]
    public void Review_NoInitiatives_NoChart() => Assert.Empty(SystemTables.Review(Review()).Charts!);

    [Fact]
    public void Build_DecisionLog_CopiesEveryEntryAsText()
    {
        var overage = Entry(2, 300m);
        overage = overage with { Decision = overage.Decision with { Month = new DateOnly(2026, 10, 1) } };
        var log = SystemTables.Build(Review(), [Entry(1, null), overage])[2];
        var first = Row(log, 0);
        var second = Row(log, 1);

        Assert.Equal(2, log.Rows.Count());
        Assert.Equal(1, first["Sequence"].Number);
        Assert.Equal("Scope change", first["DecisionType"].Text);
        Assert.Equal(CellKind.Text, first["WhatChanged"].Kind);
        Assert.Equal("=cmd|' /C calc'!A0", first["WhatChanged"].Text);
        Assert.Equal(-50, first["CostEffect"].Number);
        Assert.Equal("Lowered", first["RiskEffect"].Text);
        Assert.True(first["Amount"].IsEmpty);
        Assert.True(first["RequestedBy"].IsEmpty);
        Assert.Equal(300, second["Amount"].Number);
        Assert.True(first["Month"].IsEmpty);
        Assert.Equal("2026-10", second["Month"].Text);
        Assert.Equal(new DateTime(2025, 3, 14, 7, 30, 0).ToOADate(), first["Timestamp"].Number);
    }
}
