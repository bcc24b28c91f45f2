using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Writes the finance report workbook (issue 11; docs/rules.md#finance-report) with the Open XML SDK.
/// Sheets, in order: Summary (the decision log's state first, where every Spend row is counted, totals as formulas
/// over the fact table with cached values, and two native charts side by side under them), Months (spend against summed caps per month),
/// AsOfMonth, InitiativeMonths (spend, cap, forecast, over cap and the Overage decision covering it), Exceptions and
/// Facts (one row per initiative, month and category, ready for a pivot table). Each sheet holds one real Excel
/// table with a frozen header, a filter and money in the report's currency (<c>#,##0.00 "USD"</c>). Text is always
/// stored as text, never as a formula, whatever it starts with (docs/rules.md#written-workbooks). Nothing is left to a viewer's
/// defaults (issue 25; docs/rules.md#written-workbooks): the package has a theme part, the charts their own colours and formats,
/// months are dates shown <c>mmm yyyy</c>, widths fit the content (long names wrap), and every sheet is set up to print
/// (<see cref="PrintSetup"/>).
/// </summary>
public sealed class FinanceWorkbookWriter : OfficeGovernance.Application.Finance.IFinanceWorkbookWriter
{
    /// <summary>The report as .xlsx bytes; nothing is written anywhere else.</summary>
    /// <param name="report">The finance model.</param>
    /// <param name="title">What the report is of, for its first line (such as the workbook's file name).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The currency is not a 3-letter code.</exception>
    public byte[] Write(FinanceReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(title);
        // Widths fitted to content by the one fitter every system table uses, so names are whole or wrapped.
        var tables = new[]
        {
            FinanceTables.AsOfMonth(report), FinanceTables.InitiativeMonths(report),
            FinanceTables.Exceptions(report), FinanceTables.Facts(report),
        }.Select(t => FinanceSheets.Fitted(t, report.Currency)).ToArray();
        OutputTableRules.Check(tables);
        var footer = $"{title}: finance report as of {ValueText.Date(report.AsOf)}";
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new Sheets();
            var printTitles = new DefinedNames();
            workbookPart.Workbook = new Workbook(sheets);
            ReportTheme.Add(workbookPart);
            var styles = WorkbookStyleCatalog.Open(workbookPart, report.Currency);
            var formulas = new FormulaSheetWriter(styles);
            var sharedStrings = new SharedStringCollector();
            uint tableId = 1;

            var summary = new FinanceSummary(report);
            var preamble = summary.Preamble(title);
            var summaryTable = summary.Table();
            var summaryPart = AddSheet(workbookPart, sheets, FinanceSummary.Sheet);
            var summaryHeader = FormulaSheetWriter.HeaderRow(preamble);
            var drawing = ChartDrawingWriter.Add(summaryPart, FinanceCharts.For(report),
                ChartsBelow(summaryHeader + summaryTable.Rows.Count));
            // The Summary prints on one page: its lines, its table and both charts side by side under it.
            var summaryPrint = new PrintSetup(footer, 1, summaryHeader);
            Print(printTitles, sheets, summaryPrint);
            formulas.Write(summaryPart, preamble, summaryTable, SummaryWidths, tableId++, drawing, summaryPrint);

            var monthsPart = AddSheet(workbookPart, sheets, FinanceMonths.Sheet);
            var months = new FinanceMonths(report).Table();
            var monthsPrint = PrintSetup.ForRows(footer, months.Rows.Count + 1);
            Print(printTitles, sheets, monthsPrint);
            formulas.Write(monthsPart, [], months, [12, 18, 18, 10], tableId++, null, monthsPrint);

            foreach (var table in tables)
            {
                var part = AddSheet(workbookPart, sheets, table.SheetName);
                var print = PrintSetup.ForRows(footer, table.Rows.Count() + 1);
                Print(printTitles, sheets, print);
                WorksheetTableWriter.Write(part, table, tableId++, styles, sharedStrings, print);
            }
            sharedStrings.WriteTo(workbookPart);
            styles.Save();
            workbookPart.Workbook.Append(printTitles);
            // Cached values let viewers without a calculation engine show the figures; Excel recalculates on open.
            workbookPart.Workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            workbookPart.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static readonly double[] SummaryWidths = [52, 18, 10, 48];

    // The two charts side by side from the second row under the table (0-based rows), each 22 rows tall: the first
    // over columns A and B, the second over C and D, so that no cell in use lies under either.
    private static ChartAnchor[] ChartsBelow(int lastTableRow)
    {
        var top = lastTableRow + 1;
        return [new ChartAnchor(0, top, 2, top + 22), new ChartAnchor(2, top, 4, top + 22)];
    }

    // The sheet just added (the last one) repeats its header row on every printed page.
    private static void Print(DefinedNames names, Sheets sheets, PrintSetup print)
    {
        var sheet = sheets.Elements<Sheet>().Last();
        names.Append(print.PrintTitles(sheet.Name!.Value!, sheets.ChildElements.Count - 1));
    }

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, Sheets sheets, string name)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbookPart.GetIdOfPart(part) });
        return part;
    }
}
