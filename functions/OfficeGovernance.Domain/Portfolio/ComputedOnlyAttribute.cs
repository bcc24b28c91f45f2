namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// Marks an enum member the system computes but never reads from a workbook or request: <see cref="EnumLabels{TEnum}"/>
/// gives its label but does not parse it or list it among the accepted values.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class ComputedOnlyAttribute : Attribute;
