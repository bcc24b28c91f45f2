namespace OfficeGovernance.Domain.Portfolio;

/// <summary>Overrides the workbook label of an enum member.</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class LabelAttribute(string text) : Attribute
{
    /// <summary>The label as written in the workbook.</summary>
    public string Text { get; } = text;
}
