namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// Cost no allocation rule matched, summed by source, tag value, sub-account and service (docs/rules.md#cost-import,
/// UnallocatedSpend): never dropped, reported by the import and shown by the finance report as its own line.
/// </summary>
/// <param name="Source">The Spend.Source the charges belong to (<see cref="CostSource"/>).</param>
/// <param name="Month">The charges' UTC month, <c>yyyy-mm</c>.</param>
/// <param name="Provider">FOCUS ProviderName.</param>
/// <param name="Tag">The values of the tag keys allocation looks at, as <c>key=value</c> joined by "; "; empty when the charges carry none.</param>
/// <param name="SubAccount">SubAccountName, else SubAccountId; empty when both are.</param>
/// <param name="Service">ServiceName; empty when blank.</param>
/// <param name="Charges">How many charges.</param>
/// <param name="Amount">Their cost, in the workbook currency, unrounded.</param>
public sealed record UnallocatedCost(
    string Source, string Month, string Provider, string Tag, string SubAccount, string Service, int Charges, decimal Amount);
