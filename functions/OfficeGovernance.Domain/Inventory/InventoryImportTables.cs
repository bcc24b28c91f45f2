using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// The tables an inventory import writes: Initiatives rows (the schema's columns plus DeclaredImpact, RiskReasons,
/// RiskReview, Source and SourceRow, which the review ignores) and the ImportLog of every rejected, repaired or
/// skipped value.
/// </summary>
public static class InventoryImportTables
{
    /// <summary>The ImportLog table's name (and sheet).</summary>
    public const string ImportLogName = "ImportLog";

    /// <summary>The extra Initiatives columns an import fills.</summary>
    public static IReadOnlyList<OutputColumn> ExtraColumns { get; } =
    [
        new("DeclaredImpact", ColumnFormat.Text),
        new("RiskReasons", ColumnFormat.Text),
        new("RiskReview", ColumnFormat.Text),
        new("Source", ColumnFormat.Text),
        new("SourceRow", ColumnFormat.Integer),
    ];

    /// <summary>The new Initiatives rows as a table named Initiatives.</summary>
    public static OutputTable Initiatives(IReadOnlyList<ImportedInitiative> added, string source)
    {
        var schema = PortfolioTables.ToOutputTables(new PortfolioWorkbook()).Single(t => t.Name == PortfolioSchema.Initiatives.Name);
        return schema with
        {
            Columns = [.. schema.Columns, .. ExtraColumns],
            Rows = added.Select(a => (IReadOnlyList<CellValue>)
            [
                .. PortfolioTableRows.Initiative(a.Initiative),
                CellValue.FromText(Declared(a.Risk.Declared)),
                CellValue.FromText(string.Join("; ", a.Risk.Reasons)),
                CellValue.FromText(a.Risk.Disagreement),
                CellValue.FromText(source),
                CellValue.FromNumber(a.UseCase.SourceRow),
            ]),
        };
    }

    /// <summary>The ImportLog table: one row per issue, in source order.</summary>
    public static OutputTable ImportLog(IReadOnlyList<InventoryIssue> issues, string source) => new(
        ImportLogName, ImportLogName,
        [
            new("Source", ColumnFormat.Text), new("SourceRow", ColumnFormat.Integer), new("Column", ColumnFormat.Text),
            new("Value", ColumnFormat.Text), new("Action", ColumnFormat.Text), new("Message", ColumnFormat.Text),
        ],
        issues.Select(i => (IReadOnlyList<CellValue>)
        [
            CellValue.FromText(source), CellValue.FromNumber(i.SourceRow), CellValue.FromText(i.Column),
            CellValue.FromText(i.Value), CellValue.FromText(i.Action.ToString()), CellValue.FromText(i.Message),
        ]));

    /// <summary>The declared impact as written in reports: High, Not high or Unknown.</summary>
    public static string Declared(DeclaredImpact declared) => declared switch
    {
        DeclaredImpact.High => "High",
        DeclaredImpact.NotHigh => "Not high",
        _ => "Unknown",
    };
}
