using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// One Spend row an import writes (docs/rules.md#cost-import): the allocated charges of one initiative, day,
/// category and provider within one source.
/// </summary>
/// <param name="InitiativeId">The initiative.</param>
/// <param name="Date">The charges' UTC day.</param>
/// <param name="Category">The category.</param>
/// <param name="Vendor">The provider (FOCUS ProviderName).</param>
/// <param name="Amount">The sum of the charges' cost, in the workbook currency, unrounded; negative when credits outweigh.</param>
/// <param name="Charges">How many charges were summed.</param>
/// <param name="Source">The Spend.Source (<see cref="CostSource"/>).</param>
public sealed record ImportedSpendRow(
    string InitiativeId, DateOnly Date, SpendCategory Category, string Vendor, decimal Amount, int Charges, string Source)
{
    /// <summary>The Note the row is written with.</summary>
    public string Note => Charges == 1 ? "FOCUS import: 1 charge" : $"FOCUS import: {Charges} charges";
}
