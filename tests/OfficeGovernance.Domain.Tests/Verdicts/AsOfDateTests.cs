using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Verdicts;

public class AsOfDateTests
{
    [Theory]
    [InlineData("Pacific/Auckland", 2026, 12, 1)]
    [InlineData("America/New_York", 2026, 11, 30)]
    [InlineData("UTC", 2026, 11, 30)]
    public void Today_LateUtcEvening_DateInWorkbookZone(string zone, int year, int month, int day)
    {
        var time = new FixedTimeProvider(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(year, month, day), AsOfDate.Today(time, TimeZoneInfo.FindSystemTimeZoneById(zone)));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
