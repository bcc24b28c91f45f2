namespace OfficeGovernance.Domain.Verdicts;

/// <summary>A whole review.</summary>
/// <param name="AsOf">The as-of date, in the workbook time zone.</param>
/// <param name="Currency">The workbook currency.</param>
/// <param name="ReviewedAt">When the review ran, UTC.</param>
/// <param name="Initiatives">One review per initiative, in table order.</param>
/// <param name="Portfolio">Totals.</param>
public sealed record PortfolioReview(
    DateOnly AsOf, string Currency, DateTimeOffset ReviewedAt, IReadOnlyList<InitiativeReview> Initiatives,
    PortfolioTotals Portfolio);
