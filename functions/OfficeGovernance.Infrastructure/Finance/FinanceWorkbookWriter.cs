using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// Writes the finance report workbook (issue 11; PRODUCT.md section 5, finance-report) with the Open XML SDK.
/// Sheets, in order: Summary (the decision log's state first, where every Spend row is counted, totals as formulas
/// over the fact table with cached values, and two native charts), Months (spend against summed caps per month),
/// AsOfMonth, InitiativeMonths (spend, cap, forecast, over cap and the Overage decision covering it), Exceptions and
/// Facts (one row per initiative, month and category, ready for a pivot table). Each sheet holds one real Excel
/// table with a frozen header, a filter and money in the report's currency (<c>#,##0.00 "USD"</c>). Text is always
/// stored as text, never as a formula, whatever it starts with (PRODUCT.md section 6).
/// </summary>
public sealed class FinanceWorkbookWriter
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
        var tables = new[]
        {
            FinanceTables.AsOfMonth(report), FinanceTables.InitiativeMonths(report),
            FinanceTables.Exceptions(report), FinanceTables.Facts(report),
        };
        OutputTableRules.Check(tables);
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var sheets = new Sheets();
            workbookPart.Workbook = new Workbook(sheets);
            var styles = WorkbookStyleCatalog.Open(workbookPart, report.Currency);
            var formulas = new FormulaSheetWriter(styles);
            var sharedStrings = new SharedStringCollector();
            uint tableId = 1;

            var summary = new FinanceSummary(report);
            var summaryPart = AddSheet(workbookPart, sheets, FinanceSummary.Sheet);
            var drawing = ChartDrawingWriter.Add(summaryPart, FinanceCharts.For(report), firstColumn: 5);
            formulas.Write(summaryPart, summary.Preamble(title), summary.Table(), [52, 18, 10, 48], tableId++, drawing);

            var monthsPart = AddSheet(workbookPart, sheets, FinanceMonths.Sheet);
            formulas.Write(monthsPart, [], new FinanceMonths(report).Table(), [12, 18, 18, 10], tableId++, null);

            foreach (var table in tables)
            {
                var part = AddSheet(workbookPart, sheets, table.SheetName);
                WorksheetTableWriter.Write(part, table, tableId++, styles, sharedStrings);
            }
            sharedStrings.WriteTo(workbookPart);
            styles.Save();
            // Cached values let viewers without a calculation engine show the figures; Excel recalculates on open.
            workbookPart.Workbook.Append(new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
            workbookPart.Workbook.Save();
        }
        return memory.ToArray();
    }

    private static WorksheetPart AddSheet(WorkbookPart workbookPart, Sheets sheets, string name)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        sheets.Append(new Sheet { Name = name, SheetId = (uint)sheets.ChildElements.Count + 1, Id = workbookPart.GetIdOfPart(part) });
        return part;
    }
}
