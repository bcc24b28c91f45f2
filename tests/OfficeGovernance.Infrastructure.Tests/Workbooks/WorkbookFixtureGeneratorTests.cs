using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class WorkbookFixtureGeneratorTests
{
    // Set OG_WRITE_FIXTURES to the source Fixtures folder to regenerate the committed files.
    private static readonly string? RegenerateInto = Environment.GetEnvironmentVariable("OG_WRITE_FIXTURES");

    [Theory]
    [InlineData(WorkbookFixtureGenerator.ExcelStyleFile, new[] { "Initiatives", "Spend", "UserNotes" })]
    public void Generator_Output_ReadsLikeCommittedFixture(string file, string[] tables)
    {
        var generated = WorkbookFixtureGenerator.ExcelStyle();
        if (RegenerateInto is not null)
        {
            File.WriteAllBytes(Path.Combine(RegenerateInto, file), generated);
            File.WriteAllBytes(Path.Combine(RegenerateInto, WorkbookFixtureGenerator.MergedCellsFile), WorkbookFixtureGenerator.MergedCells());
        }
        var reader = new WorkbookTableReader();

        var fromGenerator = reader.Read(new MemoryStream(generated), tables, file);
        var fromCommitted = reader.Read(FixtureFiles.PathOf(file), tables);

        Assert.Equal(Describe(fromGenerator), Describe(fromCommitted));
    }

    private static IEnumerable<string> Describe(IReadOnlyList<TableData> tables) =>
        tables.SelectMany(t => new[] { $"{t.Name}|{t.SheetName}|{t.FirstColumn}|{t.HeaderRow}|{string.Join(",", t.Headers)}" }
            .Concat(t.Rows.Select(r => $"{r.SheetRow}:{string.Join("|", Enumerable.Range(0, t.Headers.Count).Select(i => r[i]))}")));
}
