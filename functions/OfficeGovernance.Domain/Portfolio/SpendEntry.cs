namespace OfficeGovernance.Domain.Portfolio;

/// <summary>
/// One row of the Spend table (docs/rules.md#spend). Staff time with a blank Amount costs Hours x HourlyRate;
/// every other row carries its Amount. Money is in the workbook currency.
/// </summary>
public sealed record SpendEntry
{
    /// <summary>The initiative (an existing InitiativeId).</summary>
    public required string InitiativeId { get; init; }
    /// <summary>The date of the cost, in the workbook time zone.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>The category.</summary>
    public required SpendCategory Category { get; init; }
    /// <summary>The vendor; null when blank.</summary>
    public string? Vendor { get; init; }
    /// <summary>The cost, in the workbook currency (negative for a credit or refund): Amount, or Hours x HourlyRate for staff time without an Amount.</summary>
    public required decimal Cost { get; init; }
    /// <summary>Hours of staff time; null when blank.</summary>
    public double? Hours { get; init; }
    /// <summary>The hourly rate, in the workbook currency; null when blank.</summary>
    public decimal? HourlyRate { get; init; }
    /// <summary>A free note; null when blank.</summary>
    public string? Note { get; init; }
    /// <summary>
    /// Where an imported row came from (docs/rules.md#cost-import.Source: the FOCUS billing account, provider and
    /// charge month, as <c>CostSource</c> writes it); null for a typed row, which no import ever touches.
    /// </summary>
    public string? Source { get; init; }
    /// <summary>The table data row this came from, 1-based.</summary>
    public int Row { get; init; }
}
