namespace OfficeGovernance.Domain.CostImport;

/// <summary>What a cost import does to a workbook (docs/rules.md#cost-import).</summary>
/// <param name="Import">The export's rows and unallocated cost.</param>
/// <param name="ReplacedRows">The data rows (1-based) of Spend rows whose Source the export holds: replaced by <see cref="CostImportResult.Rows"/>.</param>
/// <param name="LeftRows">Spend rows left as they are: typed rows and rows of other sources.</param>
/// <param name="TypedRows">Of <see cref="LeftRows"/>, the typed ones (blank Source).</param>
/// <param name="Unallocated">The UnallocatedSpend table to write: other sources' rows as they were, then this export's.</param>
/// <param name="Unchanged">True when the workbook already holds exactly this import: nothing is to be written.</param>
public sealed record SpendImportPlan(
    CostImportResult Import, IReadOnlyList<int> ReplacedRows, int LeftRows, int TypedRows,
    IReadOnlyList<UnallocatedCost> Unallocated, bool Unchanged)
{
    /// <summary>The unallocated cost of this export, in the workbook currency.</summary>
    public decimal UnallocatedTotal => Import.Unallocated.Sum(u => u.Amount);

    /// <summary>The allocated cost of this export, in the workbook currency.</summary>
    public decimal AllocatedTotal => Import.Rows.Sum(r => r.Amount);
}
