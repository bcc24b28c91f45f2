using OfficeGovernance.Application.CostImport;
using OfficeGovernance.Domain.CostImport;

namespace OfficeGovernance.Infrastructure.CostImport;

/// <summary><see cref="IFocusExportReader"/> through <see cref="FocusExportReader"/> (CsvHelper or Parquet.Net).</summary>
public sealed class FocusExports : IFocusExportReader
{
    /// <inheritdoc />
    public Task ReadAsync(Stream export, CostBasis basis, CostImportAggregator aggregator, string fileLabel) =>
        FocusExportReader.ReadAsync(export, basis, aggregator, fileLabel);
}
