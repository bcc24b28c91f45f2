namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// An import's unallocated cost by tag value, by sub-account and by service (docs/rules.md#cost-import: "the run reports it
/// by tag value, sub-account and service with totals"), each breakdown ordered by amount, largest first, then label.
/// Each breakdown sums to <see cref="Total"/>.
/// </summary>
/// <param name="ByTag">By the values of the tag keys allocation looks at.</param>
/// <param name="BySubAccount">By sub-account.</param>
/// <param name="ByService">By service.</param>
/// <param name="Charges">How many charges were not allocated.</param>
/// <param name="Total">Their cost, in the workbook currency.</param>
public sealed record UnallocatedSummary(
    IReadOnlyList<UnallocatedLine> ByTag, IReadOnlyList<UnallocatedLine> BySubAccount, IReadOnlyList<UnallocatedLine> ByService,
    int Charges, decimal Total)
{
    /// <summary>The label of charges that carry no value for a breakdown.</summary>
    public const string None = "(none)";

    /// <summary>Summarizes rows of UnallocatedSpend.</summary>
    public static UnallocatedSummary Of(IReadOnlyList<UnallocatedCost> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new UnallocatedSummary(By(rows, r => r.Tag), By(rows, r => r.SubAccount), By(rows, r => r.Service),
            rows.Sum(r => r.Charges), rows.Sum(r => r.Amount));
    }

    private static UnallocatedLine[] By(IReadOnlyList<UnallocatedCost> rows, Func<UnallocatedCost, string> label) => rows
        .GroupBy(r => label(r).Length == 0 ? None : label(r), StringComparer.Ordinal)
        .Select(g => new UnallocatedLine(g.Key, g.Sum(r => r.Charges), g.Sum(r => r.Amount)))
        .OrderByDescending(l => Math.Abs(l.Amount)).ThenBy(l => l.Label, StringComparer.Ordinal)
        .ToArray();
}
