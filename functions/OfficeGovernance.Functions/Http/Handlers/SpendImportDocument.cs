using OfficeGovernance.Application.CostImport;
using OfficeGovernance.Domain.CostImport;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The answer of <c>POST /api/spend-imports</c>; money in the workbook currency.</summary>
/// <param name="Sources">The Spend.Source values the export holds.</param>
/// <param name="Charges">Charges read.</param>
/// <param name="Added">Spend rows written.</param>
/// <param name="Replaced">Earlier rows of those sources replaced.</param>
/// <param name="Left">Rows left as they were (typed rows and other sources).</param>
/// <param name="Typed">Of those, typed rows.</param>
/// <param name="Unchanged">True when the workbook already held this import and nothing was saved.</param>
/// <param name="Currency">The workbook currency.</param>
/// <param name="Allocated">The allocated cost.</param>
/// <param name="Unallocated">The cost no rule allocated, by tag value, sub-account and service, with totals.</param>
public sealed record SpendImportDocument(
    IReadOnlyList<string> Sources, long Charges, int Added, int Replaced, int Left, int Typed, bool Unchanged, string Currency,
    decimal Allocated, UnallocatedSummary Unallocated)
{
    /// <summary>The document of an import.</summary>
    public static SpendImportDocument Of(SpendImportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var plan = outcome.Plan;
        return new SpendImportDocument(plan.Import.Sources, plan.Import.Charges, plan.Unchanged ? 0 : plan.Import.Rows.Count,
            plan.Unchanged ? 0 : plan.ReplacedRows.Count, plan.LeftRows, plan.TypedRows, plan.Unchanged, outcome.Currency,
            plan.AllocatedTotal, UnallocatedSummary.Of(plan.Import.Unallocated));
    }
}
