namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// The report's series colours, as RGB hex (issue 25: an explicit fill per series, so no chart relies on a viewer's
/// default palette). Each series of each chart has its own colour, so a rendered page tells them apart.
/// </summary>
public static class ReportColours
{
    /// <summary>Monthly spend columns (the theme's accent 1).</summary>
    public const string MonthlySpend = "1F4E79";
    /// <summary>The summed caps line over them (accent 2).</summary>
    public const string MonthlyCaps = "C55A11";
    /// <summary>An initiative's spend in the as-of month (accent 4).</summary>
    public const string InitiativeSpend = OfficeGovernance.Domain.Workbooks.SystemTables.SpendColour;
    /// <summary>Its cap, beside it (accent 3).</summary>
    public const string InitiativeCap = OfficeGovernance.Domain.Workbooks.SystemTables.CapColour;
}
