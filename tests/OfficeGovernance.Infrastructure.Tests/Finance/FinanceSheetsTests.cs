using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Infrastructure.Finance;

namespace OfficeGovernance.Infrastructure.Tests.Finance;

public sealed class FinanceSheetsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("finance-sheets-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ForAddin_Report_TheReportWorkbooksTablesWithTheirWidthsFormatsAndChart()
    {
        var report = new FinancePortfolio().Report();
        var path = Path.Combine(_directory, "report.xlsx");
        File.WriteAllBytes(path, new FinanceWorkbookWriter().Write(report, "portfolio.xlsx"));

        var sheets = FinanceSheets.ForAddin(report);

        Assert.Equal(["FinanceAsOfMonth", "FinanceInitiativeMonths", "FinanceExceptions"], sheets.Select(s => s.Layout.TableName));
        using var xlsx = SpreadsheetDocument.Open(path, false);
        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)xlsx.WorkbookPart!.GetPartById(xlsx.WorkbookPart.Workbook.Sheets!.Elements<Sheet>()
                .Single(s => s.Name == sheet.Layout.SheetName).Id!);
            var table = part.TableDefinitionParts.Single().Table!;
            Assert.Equal(sheet.Layout.TableName, table.Name!.Value);
            Assert.Equal(sheet.Layout.Columns.Select(c => c.Header), table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value));
            Assert.Equal(sheet.Layout.Columns.Select(c => c.Width),
                part.Worksheet.GetFirstChild<Columns>()!.Elements<Column>().Select(c => c.Width!.Value));
            Assert.All(sheet.Rows, row => Assert.Equal(sheet.Layout.Columns.Count, row.Count));
        }
        var asOf = sheets[0].Layout;
        Assert.Equal("#,##0.00 \"EUR\"", asOf.Columns.Single(c => c.Header == "Spend").NumberFormat);
        var chart = Assert.Single(asOf.Charts);
        Assert.Equal(["Spend", "Cap"], chart.Series.Select(s => s.Column));
        Assert.Single(Sheet(xlsx, "AsOfMonth").DrawingsPart!.ChartParts);
    }

    private static WorksheetPart Sheet(SpreadsheetDocument xlsx, string name) =>
        (WorksheetPart)xlsx.WorkbookPart!.GetPartById(xlsx.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!);
}
