using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Writes the system's tables (docs/rules.md#workbook-contract: Review, PortfolioSummary, DecisionLog; and input tables of new
/// workbooks) as real Excel tables, each on a sheet of its own. Everything happens on an in-memory copy: the caller
/// writes the result to the user's file only after a method returns, so a failure leaves the file untouched.
/// </summary>
/// <param name="guard">The file check run on existing workbooks before parsing; <see cref="XlsxFileGuard.Default"/> when null.</param>
public sealed class WorkbookTableWriter(XlsxFileGuard? guard = null)
{
    private readonly XlsxFileGuard _guard = guard ?? XlsxFileGuard.Default;

    /// <summary>Writes a new workbook holding one sheet per table, in list order, with its text in a shared string table.</summary>
    /// <param name="output">Receives the whole .xlsx once it is complete; left open.</param>
    /// <param name="tables">The tables; each table's rows are enumerated once.</param>
    /// <exception cref="ArgumentException">A table, sheet or header name is invalid or repeated, or a row is wider than its table.</exception>
    public void Create(Stream output, IReadOnlyList<OutputTable> tables)
    {
        ArgumentNullException.ThrowIfNull(output);
        OutputTableRules.Check(tables);
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var sharedStrings = new SharedStringCollector();
            WorkbookSheetReplacer.Apply(workbookPart, tables, sharedStrings);
            sharedStrings.WriteTo(workbookPart);
        }
        memory.Position = 0;
        memory.CopyTo(output);
    }

    /// <summary>
    /// Creates or replaces the given tables in an existing workbook: a sheet named like a table's sheet (ignoring
    /// case) is rewritten in place with its table, otherwise a sheet is appended. Every other sheet, table, defined
    /// name and style stays as it was; needed cell formats are appended to the stylesheet once and reused afterwards.
    /// </summary>
    /// <param name="workbook">The existing .xlsx; not modified.</param>
    /// <param name="tables">The tables to write.</param>
    /// <param name="fileLabel">The file name used in problems about the file.</param>
    /// <returns>The new workbook's bytes.</returns>
    /// <exception cref="WorkbookValidationException">The file is not a safe, readable .xlsx, or a table name is taken by a user table or defined name elsewhere.</exception>
    /// <exception cref="ArgumentException">A table, sheet or header name is invalid or repeated, or a row is wider than its table.</exception>
    public byte[] ReplaceTables(byte[] workbook, IReadOnlyList<OutputTable> tables, string fileLabel = "workbook.xlsx")
    {
        ArgumentNullException.ThrowIfNull(workbook);
        OutputTableRules.Check(tables);
        _guard.Check(workbook, fileLabel);
        using var memory = new MemoryStream();
        memory.Write(workbook);
        try
        {
            // AutoSave off: only the parts changed here are serialised again; the rest keep their bytes.
            using var document = UnreadableWorkbook.Open(memory, true, fileLabel);
            var workbookPart = UnreadableWorkbook.WorkbookPartOf(document);
            WorkbookSheetReplacer.Apply(workbookPart, tables);
        }
        catch (Exception exception) when (UnreadableWorkbook.Is(exception))
        {
            throw UnreadableWorkbook.Problem(fileLabel, exception);
        }
        return memory.ToArray();
    }
}
