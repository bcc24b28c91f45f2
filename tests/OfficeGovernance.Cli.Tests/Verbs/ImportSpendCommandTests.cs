using System.Globalization;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>
/// <c>import-spend</c> on real .xlsx files. The shared sample is FOCUS-Sample-Data's FOCUS 1.0 file (FinOps Foundation,
/// CC BY 4.0; tests/data/focus/README.md).
/// </summary>
public sealed class ImportSpendCommandTests : IDisposable
{
    private static readonly string Sample = RepositoryRoot.PathOf("tests/data/focus/focus-1.0-sample.csv");
    private static readonly string[] Mapped = ["BrightPathMatrix", "ZoomMapMax", "PrimeManagerDrive", "BrightLensMatrix"];
    private readonly string _directory = Directory.CreateTempSubdirectory("import-spend-").FullName;
    private readonly CliHarness _cli = new();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task ImportSpend_SharedSampleWithApplicationRules_ReconcilesPerTagValueAndMonthToTheCent()
    {
        var workbook = CostWorkbook.Create(_directory, Mapped.Select((_, i) => $"APP-{i + 1}").ToArray(),
            rules: Mapped.Select((value, i) => ("Tag", (string?)"application", value, $"APP-{i + 1}", (string?)null)).ToArray());
        var (byValueAndMonth, total) = SampleEffectiveCost();

        var result = await _cli.RunAsync("import-spend", "--source", Sample, "--workbook", workbook);

        Assert.True(result.ExitCode == 0, result.Error);
        var spend = PortfolioWorkbookFile.Load(workbook).Workbook.Spend;
        for (var i = 0; i < Mapped.Length; i++)
        {
            var expected = byValueAndMonth.Where(p => p.Key.Value == Mapped[i]).ToDictionary(p => p.Key.Month, p => Cents(p.Value));
            var actual = spend.Where(s => s.InitiativeId == $"APP-{i + 1}").GroupBy(s => s.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                .ToDictionary(g => g.Key, g => Cents(g.Sum(s => s.Cost)));
            Assert.Equal(expected, actual);
        }
        var unallocated = ReadUnallocated(workbook);
        Assert.Equal(Cents(total - byValueAndMonth.Where(p => Mapped.Contains(p.Key.Value)).Sum(p => p.Value)), Cents(unallocated.Sum(u => u.Amount)));
        Assert.Equal(1000 - spend.Sum(s => int.Parse(s.Note!.Split(' ')[2], CultureInfo.InvariantCulture)), unallocated.Sum(u => u.Charges));
        Assert.Contains($"Total", result.Output);
    }

    [Fact]
    public async Task ImportSpend_SameExportAgain_ChangesNothingAndSaysSo()
    {
        var workbook = CostWorkbook.Create(_directory, ["APP-1"], rules: [("Tag", "application", "BrightPathMatrix", "APP-1", null)]);
        Assert.Equal(0, (await _cli.RunAsync("import-spend", "--source", Sample, "--workbook", workbook)).ExitCode);
        var after = await File.ReadAllBytesAsync(workbook);

        var rerun = await _cli.RunAsync("import-spend", "--source", Sample, "--workbook", workbook);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains("Unchanged: the workbook already holds this import", rerun.Output);
        Assert.Equal(after, await File.ReadAllBytesAsync(workbook));
    }

    public static TheoryData<string, string> VersionsAndFormats() => new()
    {
        { "1.0", "csv" }, { "1.1", "gz" }, { "1.2", "parquet" }, { "1.3", "csv" }, { "1.3", "gz" }, { "1.3", "parquet" },
    };

    [Theory]
    [MemberData(nameof(VersionsAndFormats))]
    public async Task ImportSpend_EachFocusVersionAndFormat_WritesTheSameSpend(string version, string format)
    {
        var workbook = CostWorkbook.Create(_directory, ["I-1", "I-2"]);
        var export = Path.Combine(_directory, $"focus-{version}.{format}");
        await FocusFiles.WriteAsync(export, version, format,
        [
            new("2026-12-01 10:00:00", 1.25m, """{" Initiative ": "I-1"}"""),
            new("2026-12-01 11:00:00", 2.50m, """{"initiative": "i-1"}""", ServiceCategory: "AI and Machine Learning"),
            new("2026-12-01 12:00:00", 4m, """{"initiative": "I-2"}""", Publisher: "Red Hat Inc."),
            new("2026-12-02 00:00:00", -0.75m, """{"initiative": "I-2"}"""),
            new("2026-12-02 01:00:00", 9m, """{"team": "search"}"""),
        ]);

        var result = await _cli.RunAsync("import-spend", "--source", export, "--workbook", workbook);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(
        [
            ("I-1", "2026-12-01", SpendCategory.ModelUsage, 2.50m),
            ("I-1", "2026-12-01", SpendCategory.Cloud, 1.25m),
            ("I-2", "2026-12-01", SpendCategory.Software, 4m),
            ("I-2", "2026-12-02", SpendCategory.Cloud, -0.75m),
        ], SpendOf(workbook).Select(s => (s.InitiativeId, s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Category, s.Cost)));
        Assert.Equal(9m, Assert.Single(ReadUnallocated(workbook)).Amount);
    }

    [Fact]
    public async Task ImportSpend_ChargeInAnotherCurrency_ExitsTwoNamingTheRowAndWritesNothing()
    {
        var workbook = CostWorkbook.Create(_directory, ["I-1"]);
        var export = Path.Combine(_directory, "eur.csv");
        await FocusFiles.WriteAsync(export, "1.0", "csv",
            [new("2026-12-01 10:00:00", 1m, """{"initiative": "I-1"}"""), new("2026-12-01 11:00:00", 2m, """{"initiative": "I-1"}""", Currency: "EUR")]);
        var before = await File.ReadAllBytesAsync(workbook);

        var result = await _cli.RunAsync("import-spend", "--source", export, "--workbook", workbook);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("eur.csv[BillingCurrency] row 3", result.Error);
        Assert.Contains("nothing was written", result.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(workbook));
    }

    [Fact]
    public async Task ImportSpend_OpenMonthGrowsThenShrinks_ReplacesItsRowsAndNeverTouchesTypedRows()
    {
        var typed = new[] { CostWorkbook.Typed("I-1", new DateOnly(2026, 12, 1), 300m), CostWorkbook.Typed("I-1", new DateOnly(2026, 12, 2), 150m) };
        var workbook = CostWorkbook.Create(_directory, ["I-1"], typed);
        var days = Enumerable.Range(1, 3).Select(d => new TestCharge($"2026-12-0{d} 10:00:00", d * 10m, """{"initiative": "I-1"}""")).ToArray();
        var export = Path.Combine(_directory, "december.csv");

        await FocusFiles.WriteAsync(export, "1.0", "csv", days[..2]);
        await _cli.RunAsync("import-spend", "--source", export, "--workbook", workbook);
        await FocusFiles.WriteAsync(export, "1.0", "csv", days);
        var grown = await _cli.RunAsync("import-spend", "--source", export, "--workbook", workbook);
        var afterGrowth = SpendOf(workbook);
        await FocusFiles.WriteAsync(export, "1.0", "csv", days[..1]);
        var shrunk = await _cli.RunAsync("import-spend", "--source", export, "--workbook", workbook);

        Assert.Contains("3 rows added, 2 replaced", grown.Output);
        Assert.Equal([10m, 20m, 30m], afterGrowth.Where(s => s.Source is not null).Select(s => s.Cost));
        Assert.Contains("1 rows added, 3 replaced", shrunk.Output);
        var final = SpendOf(workbook);
        Assert.Equal([10m], final.Where(s => s.Source is not null).Select(s => s.Cost));
        Assert.Equal(typed.Select(t => (t.Date, t.Cost, t.Note)), final.Where(s => s.Source is null).Select(s => (s.Date, s.Cost, s.Note)));
    }

    [Fact]
    public async Task FinanceReport_AfterAnImportWithUnallocatedCost_ShowsItAsItsOwnLine()
    {
        var workbook = CostWorkbook.Create(_directory, ["APP-1"], rules: [("Tag", "application", "BrightPathMatrix", "APP-1", null)]);
        await _cli.RunAsync("import-spend", "--source", Sample, "--workbook", workbook);
        var report = Path.Combine(_directory, "finance.xlsx");

        var result = await _cli.RunAsync("finance-report", "--workbook", workbook, "--out", report, "--as-of", "2024-09-30", "--months", "1");

        Assert.True(result.ExitCode == 0, result.Error);
        var summary = new WorkbookTableReader().Read(report, ["FinanceSummary"]).Single();
        var line = summary.Rows.Single(r => r[0].Text == "Unallocated cloud and model cost (FOCUS)");
        var unallocated = ReadUnallocated(workbook);
        Assert.Equal((double)unallocated.Sum(u => u.Amount), line[1].Number, 6);
        Assert.Equal(unallocated.Sum(u => u.Charges), line[2].Number);
    }

    private static IReadOnlyList<SpendEntry> SpendOf(string workbook) => PortfolioWorkbookFile.Load(workbook).Workbook.Spend
        .OrderBy(s => s.Source is null).ThenBy(s => s.InitiativeId).ThenBy(s => s.Date).ThenBy(s => s.Category).ToArray();

    private static IReadOnlyList<UnallocatedCost> ReadUnallocated(string workbook) =>
        CostImportWorkbook.Unallocated(new WorkbookTableReader().Read(workbook, [UnallocatedSpendTable.Name]).ToArray());

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    // Read independently of the product's reader: the file's EffectiveCost per application tag value and UTC month.
    private static (Dictionary<(string Value, string Month), decimal> ByValueAndMonth, decimal Total) SampleEffectiveCost()
    {
        using var parser = new TextFieldParser(Sample) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        int Column(string name) => Array.IndexOf(header, name);
        var sums = new Dictionary<(string, string), decimal>();
        var total = 0m;
        while (parser.ReadFields() is { } fields)
        {
            var cost = decimal.Parse(fields[Column("EffectiveCost")], NumberStyles.Float, CultureInfo.InvariantCulture);
            total += cost;
            var tags = fields[Column("Tags")];
            if (tags == "NULL")
            {
                continue;
            }
            var application = JsonDocument.Parse(tags).RootElement.EnumerateObject()
                .FirstOrDefault(p => p.Name.Trim().Equals("application", StringComparison.OrdinalIgnoreCase));
            if (application.Value.ValueKind == JsonValueKind.String)
            {
                var key = (application.Value.GetString()!, fields[Column("ChargePeriodStart")][..7]);
                sums[key] = sums.GetValueOrDefault(key) + cost;
            }
        }
        return (sums, total);
    }
}
