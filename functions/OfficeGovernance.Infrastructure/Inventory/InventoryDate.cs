namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>How much of a date the source gave.</summary>
internal enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>A parsed inventory date: a year is held as its 1 January, a month as its first day.</summary>
/// <param name="Value">The date (no time zone: a calendar date as the agency wrote it).</param>
/// <param name="Precision">How much of it the source gave.</param>
internal readonly record struct InventoryDate(DateOnly Value, DatePrecision Precision)
{
    /// <summary>True when this date is after <paramref name="other"/> at the coarser of the two precisions.</summary>
    public bool IsAfter(InventoryDate other)
    {
        var precision = (DatePrecision)Math.Min((int)Precision, (int)other.Precision);
        return Truncate(Value, precision) > Truncate(other.Value, precision);
    }

    private static DateOnly Truncate(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };
}
