using OfficeGovernance.Domain.Mail;

namespace OfficeGovernance.Domain.Tests.Mail;

public class IsoWeekTests
{
    [Theory]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2027, 1, 1, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    [InlineData(2024, 12, 30, "2025-W01")]
    [InlineData(2026, 11, 20, "2026-W47")]
    [InlineData(2021, 1, 3, "2020-W53")]
    public void Of_Date_IsoWeekText(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IsoWeek.Of(new DateOnly(year, month, day)).ToString());
    }

    [Fact]
    public void Monday_Week_IsItsFirstDay()
    {
        Assert.Equal(new DateOnly(2024, 12, 30), new IsoWeek(2025, 1).Monday);
    }

    [Theory]
    [InlineData("2026-W53", true)]
    [InlineData("2025-W53", false)]
    [InlineData("2026-W00", false)]
    [InlineData("2026-47", false)]
    [InlineData("..", false)]
    [InlineData(null, false)]
    public void TryParse_Text_AcceptsOnlyExistingWeeks(string? text, bool ok)
    {
        Assert.Equal(ok, IsoWeek.TryParse(text, out var week));
        if (ok)
        {
            Assert.Equal(text, week!.ToString());
        }
    }

    [Fact]
    public void CompareTo_AcrossYears_OrdersByYearThenWeek()
    {
        Assert.True(new IsoWeek(2026, 53).CompareTo(new IsoWeek(2027, 1)) < 0);
        Assert.True(new IsoWeek(2026, 10).CompareTo(new IsoWeek(2026, 9)) > 0);
    }
}
