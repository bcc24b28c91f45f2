namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>The calendar the rule tests share: as-of Friday 2026-11-20, periods ending 2026-11-07 and 2026-11-14.</summary>
public static class ReviewDates
{
    public static readonly DateOnly AsOf = new(2026, 11, 20);
    public static readonly DateOnly Previous = new(2026, 11, 7);
    public static readonly DateOnly Latest = new(2026, 11, 14);
    public static readonly DateOnly RecentDrill = new(2026, 10, 1);
    public static readonly DateTimeOffset ReviewedAt = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
}
