using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>docs/rules.md#hostile-workbooks: every hostile or broken workbook is refused with named problems and left as it was.</summary>
public sealed class HostileWorkbookTests
{
    public static TheoryData<string> Kinds => HostileWorkbooks.Kinds;

    private static PortfolioWorkbookRead ReadAndParse(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var tables = new WorkbookTableReader().Read(stream, PortfolioSchema.ReviewTableNames, fileName);
        return new PortfolioWorkbookRead(PortfolioParser.Parse(tables));
    }

    [Fact]
    public void Catalogue_HoldsAtLeastThirtyDistinctKinds()
    {
        Assert.True(HostileWorkbooks.All.Count >= 30, $"{HostileWorkbooks.All.Count} kinds");
        Assert.Equal(HostileWorkbooks.All.Count, HostileWorkbooks.All.Select(h => h.Kind).Distinct().Count());
    }

    [Fact]
    public void Read_UnchangedSample_Parses() =>
        Assert.NotEmpty(ReadAndParse(HostileWorkbooks.Sample, "portfolio.xlsx").Workbook.Initiatives);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Read_HostileWorkbook_RefusedWithTheNamedProblemAndBytesUnchanged(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var bytes = hostile.Build(HostileWorkbooks.Sample);
        var before = bytes.ToArray();

        var failure = Assert.Throws<WorkbookValidationException>(() => ReadAndParse(bytes, hostile.FileName));

        var problems = failure.Problems.Select(p => p.ToString()).ToArray();
        Assert.True(problems.Any(p => p.Contains(hostile.Expected, StringComparison.Ordinal)),
            $"{kind}: expected '{hostile.Expected}' in:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        Assert.Equal(before, bytes);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ReplaceTables_HostileWorkbook_NeverWritesIntoIt(string kind)
    {
        var hostile = HostileWorkbooks.Get(kind);
        var bytes = hostile.Build(HostileWorkbooks.Sample);

        // The writer is only ever given a workbook the reader accepted; on its own it must still refuse the files it cannot trust.
        var refused = Record.Exception(() => new WorkbookTableWriter().ReplaceTables(bytes, [], hostile.FileName));

        Assert.True(refused is null or WorkbookValidationException, $"{kind}: {refused}");
    }

    private sealed record PortfolioWorkbookRead(OfficeGovernance.Domain.Portfolio.PortfolioWorkbook Workbook);
}
