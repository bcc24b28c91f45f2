using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Tests.Shared;
using static OfficeGovernance.Domain.Tests.Workbooks.PortfolioSample;

namespace OfficeGovernance.Domain.Tests.DecisionLog;

public class DecisionLogCoverageTests
{
    private const string Log = "/data/portfolio-copy.xlsx.decisions.jsonl";

    private static DecisionEntry Entry(string id) =>
        new DecisionBuilder(DecisionType.Launch, "cto@example.com").With(d => d with { DecisionId = id }).Build();

    // A copy written before it kept sequences and hashes: ids only (the Step column is a user's own).
    private static TableDataBuilder LogTable(params string?[] ids)
    {
        var table = TableDataBuilder.Table("DecisionLog").WithHeaders("Step", "DecisionId", "InitiativeId");
        for (var i = 0; i < ids.Length; i++)
        {
            table.WithRow(i + 1, ids[i], "I-1");
        }
        return table;
    }

    [Fact]
    public void Missing_EveryTableIdInTheLog_NoProblem()
    {
        var rows = Parse(LogTable("D-1", "D-2")).DecisionLogTable;
        Assert.Empty(DecisionLogCoverage.Missing(rows, [Entry("D-1"), Entry("D-2"), Entry("D-3")], Log));
    }

    [Fact]
    public void Missing_EmptyLogForATableWithEntries_NamesEachEntryAndTheLog()
    {
        var rows = Parse(LogTable("D-1", "D-2")).DecisionLogTable;

        var problems = DecisionLogCoverage.Missing(rows, [], Log).Select(p => p.ToString()).ToArray();

        Assert.Equal(
        [
            $"DecisionLog[DecisionId] row 1 (DecisionLog!B2): decision D-1 is in the workbook's DecisionLog table but not in the decision log {Log} (0 entries); was the workbook copied or renamed without its log, is --decision-log wrong, or was the log cut short?",
            $"DecisionLog[DecisionId] row 2 (DecisionLog!B3): decision D-2 is in the workbook's DecisionLog table but not in the decision log {Log} (0 entries); was the workbook copied or renamed without its log, is --decision-log wrong, or was the log cut short?",
        ], problems);
    }

    [Fact]
    public void Missing_OneOfThreeAbsent_OnlyThatOne()
    {
        var rows = Parse(LogTable("D-1", "D-2", "D-3")).DecisionLogTable;

        var problem = Assert.Single(DecisionLogCoverage.Missing(rows, [Entry("D-1"), Entry("D-3")], Log));

        Assert.Equal(2, problem.Row);
        Assert.Contains("decision D-2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_IdsDifferOnlyInCase_AreDifferentDecisions()
    {
        var rows = Parse(LogTable("d-1")).DecisionLogTable;
        Assert.Single(DecisionLogCoverage.Missing(rows, [Entry("D-1")], Log));
    }

    [Fact]
    public void Check_Missing_ThrowsWithEveryProblem()
    {
        var rows = Parse(LogTable("D-1", "D-2")).DecisionLogTable;
        var failure = Assert.Throws<WorkbookValidationException>(() => DecisionLogCoverage.Check(rows, [], Log));
        Assert.Equal(2, failure.Problems.Count);
    }

    [Fact]
    public void Missing_SameIdsSequencesAndHashes_NoProblem()
    {
        var chain = DecisionDraftBuilder.Chain(3);
        var rows = Parse(Anchored(chain)).DecisionLogTable;

        Assert.Empty(DecisionLogCoverage.Missing(rows, chain, Log));
    }

    [Fact]
    public void Missing_LogRewrittenWithARecomputedChain_NamesTheFirstChangedRow()
    {
        var chain = DecisionDraftBuilder.Chain(3);
        var rows = Parse(Anchored(chain)).DecisionLogTable;
        var second = DecisionChain.Next(chain[1].Decision with { ApprovedBy = "mallory@example.org" }, chain[0]);
        var rewritten = new[] { chain[0], second, DecisionChain.Next(chain[2].Decision, second) };

        var problems = DecisionLogCoverage.Missing(rows, rewritten, Log);

        Assert.Equal([2, 3], problems.Select(p => p.Row));
        Assert.Contains($"holds it with hash {second.Hash}", problems[0].Message, StringComparison.Ordinal);
    }

    private static TableDataBuilder Anchored(IReadOnlyList<DecisionEntry> chain)
    {
        var table = TableDataBuilder.Table("DecisionLog").WithHeaders("Sequence", "DecisionId", "Hash");
        foreach (var entry in chain)
        {
            table.WithRow((int)entry.Sequence, entry.Decision.DecisionId, entry.Hash);
        }
        return table;
    }

    [Fact]
    public void Parse_NoDecisionLogTable_NoRows() => Assert.Empty(PortfolioParser.Parse(Tables()).DecisionLogTable);

    [Fact]
    public void Parse_BlankIdsAndTheEmptyTableRow_Skipped()
    {
        var rows = Parse(LogTable(null, " D-7 ", "")).DecisionLogTable;
        var row = Assert.Single(rows);
        Assert.Equal(new DecisionLogTableRow("D-7", 2, "DecisionLog!B3"), row);
    }

    [Fact]
    public void Parse_DecisionLogWithoutDecisionIdColumn_Refused()
    {
        var table = TableDataBuilder.Table("DecisionLog").WithHeaders("Sequence", "Why").WithRow(1, "x");
        Assert.StartsWith("DecisionLog[DecisionId]: the DecisionLog table has no DecisionId column", Problem(With(table)));
    }

    [Fact]
    public void Parse_TwoDecisionLogTables_Refused()
    {
        var tables = With(LogTable("D-1"));
        tables.Add(LogTable("D-2").Named("decisionlog").OnSheet("Copy").Build());
        Assert.Equal("DecisionLog: two tables are named DecisionLog (on sheets DecisionLog and Copy)", Problem(tables));
    }
}
