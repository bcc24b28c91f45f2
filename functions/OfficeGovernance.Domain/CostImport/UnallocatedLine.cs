namespace OfficeGovernance.Domain.CostImport;

/// <summary>One line of an unallocated-cost breakdown.</summary>
/// <param name="Label">The tag value (<c>key=value</c>), sub-account or service; "(none)" when the charges carry none.</param>
/// <param name="Charges">How many charges.</param>
/// <param name="Amount">Their cost, in the workbook currency.</param>
public sealed record UnallocatedLine(string Label, int Charges, decimal Amount);
