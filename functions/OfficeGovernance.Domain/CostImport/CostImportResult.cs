namespace OfficeGovernance.Domain.CostImport;

/// <summary>What a FOCUS export amounts to, before it meets the workbook.</summary>
/// <param name="Rows">The Spend rows to write.</param>
/// <param name="Unallocated">The cost no rule allocated.</param>
/// <param name="Sources">Every source the export holds (including those whose charges were all unallocated), ordinal order.</param>
/// <param name="Charges">How many charges were read.</param>
public sealed record CostImportResult(
    IReadOnlyList<ImportedSpendRow> Rows, IReadOnlyList<UnallocatedCost> Unallocated, IReadOnlyList<string> Sources, long Charges);
