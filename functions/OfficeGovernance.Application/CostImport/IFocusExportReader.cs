using OfficeGovernance.Domain.CostImport;

namespace OfficeGovernance.Application.CostImport;

/// <summary>
/// Reads a FOCUS cost export (CSV or Parquet, by its content) charge by charge into an aggregator
/// (docs/rules.md#spend), so an export of millions of FOCUS charges is never held in memory.
/// </summary>
public interface IFocusExportReader
{
    /// <summary>Feeds every FOCUS charge of <paramref name="export"/> to <paramref name="aggregator"/>.</summary>
    /// <param name="export">The export's bytes, read once, forward only.</param>
    /// <param name="basis">Which FOCUS cost column is the spend (billed, effective, ...).</param>
    /// <param name="aggregator">Totals the charges by initiative, month and category.</param>
    /// <param name="fileLabel">Names the export in problems.</param>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">The export is not a FOCUS export, or a charge is invalid (named by row and column).</exception>
    Task ReadAsync(Stream export, CostBasis basis, CostImportAggregator aggregator, string fileLabel);
}
