using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Tests.Builders;
using static OfficeGovernance.Domain.Tests.Workbooks.PortfolioSample;

namespace OfficeGovernance.Domain.Tests.Workbooks;

public class PortfolioParserSpendAndSettingsTests
{
    [Fact]
    public void Parse_StaffTimeWithoutAmount_CostsHoursTimesRate()
    {
        var spend = SpendHeader().WithRow("I-1", "2026-03-03", "Staff time", null, null, 7.5, "60.10", null);

        var entry = Assert.Single(Parse(spend).Spend);

        Assert.Equal((450.75m, 7.5, 60.10m), (entry.Cost, entry.Hours!.Value, entry.HourlyRate!.Value));
    }

    [Fact]
    public void Parse_StaffTimeWithAmount_CostsTheAmount()
    {
        var spend = SpendHeader().WithRow("I-1", "2026-03-03", "Staff time", null, 300, 10, 85, null);

        Assert.Equal(300m, Assert.Single(Parse(spend).Spend).Cost);
    }

    [Fact]
    public void Parse_StaffTimeWithoutAmountOrHours_ReportsHoursAndRate()
    {
        var spend = SpendHeader().WithRow("I-1", "2026-03-03", "Staff time", null, null, null, null, null);

        Assert.Equal(
        [
            "Spend[Hours] row 1 (Spend!F2): Staff time without an Amount needs Hours",
            "Spend[HourlyRate] row 1 (Spend!G2): Staff time without an Amount needs HourlyRate",
        ], Problems(With(spend)));
    }

    [Fact]
    public void Parse_OtherCategoryWithoutAmount_Reports()
    {
        var spend = SpendHeader().WithRow("I-1", "2026-03-03", "Software", "Acme", null, 3, 50, null);

        Assert.Equal("Spend[Amount] row 1 (Spend!E2): a value is required unless Category is Staff time with Hours and HourlyRate",
            Problem(With(spend)));
    }

    [Fact]
    public void Parse_NegativeHours_Reports()
    {
        var spend = SpendHeader().WithRow("I-1", "2026-03-03", "Staff time", null, null, -2, 50, null);

        Assert.Equal("Spend[Hours] row 1 (Spend!F2): -2 must not be negative", Problem(With(spend)));
    }

    [Fact]
    public void Parse_SpendWithoutAmountColumn_ReadsStaffTime()
    {
        var spend = TableDataBuilder.Table("Spend").WithHeaders("InitiativeId", "Date", "Category", "Hours", "HourlyRate")
            .WithRow("I-1", "2026-03-03", "Staff time", 2, 40);

        Assert.Equal(80m, Assert.Single(Parse(spend).Spend).Cost);
    }

    [Fact]
    public void Parse_Settings_ReadsEveryKey()
    {
        var settings = SettingsHeader()
            .WithRow("currency", "gbp")
            .WithRow(" ReviewCadence ", "biweekly")
            .WithRow("AccountableLeader", "cto@example.com")
            .WithRow("LeadershipEmails", "cto@example.com;; cfo@example.com ;")
            .WithRow("FinanceEmails", " ap@example.com ; controller@example.com")
            .WithRow("SenderMailbox", "ai-office@example.com")
            .WithRow("TimeZone", "America/New_York")
            .WithRow("FavouriteColour", "teal");

        var read = Parse(settings).Settings;

        Assert.Equal(("GBP", ReviewCadence.Biweekly, "cto@example.com", "ai-office@example.com"),
            (read.Currency, read.ReviewCadence, read.AccountableLeader, read.SenderMailbox));
        Assert.Equal(["cto@example.com", "cfo@example.com"], read.LeadershipEmails);
        Assert.Equal(["ap@example.com", "controller@example.com"], read.FinanceEmails);
        Assert.Equal("America/New_York", read.TimeZone.Id);
    }

    [Fact]
    public void Parse_SettingsWithBlankValues_KeepsDefaults()
    {
        var settings = SettingsHeader().WithRow("Currency", null).WithRow("TimeZone", " ");

        var read = Parse(settings).Settings;

        Assert.Equal(("USD", TimeZoneInfo.Utc.Id), (read.Currency, read.TimeZone.Id));
    }

    [Theory]
    [InlineData("TimeZone", "Mars/Olympus", "'Mars/Olympus' is not a known IANA time zone id such as Europe/Paris")]
    [InlineData("Currency", "Dollars", "Currency 'Dollars' must be a 3-letter ISO 4217 code such as USD")]
    [InlineData("Currency", "XYZ", "Currency 'XYZ' is not an ISO 4217 currency code such as USD or EUR")]
    [InlineData("Currency", "xts", "Currency 'xts' is not an ISO 4217 currency code such as USD or EUR")]
    [InlineData("ReviewCadence", "Daily", "'Daily' is not one of: Weekly, Biweekly")]
    [InlineData("SenderMailbox", "ai office", "'ai office' is not an email address")]
    [InlineData("LeadershipEmails", "cto@example.com; cfo", "'cfo' is not an email address")]
    [InlineData("FinanceEmails", "ap@example.com; finance team", "'finance team' is not an email address")]
    public void Parse_BadSettingValue_ReportsTheValueCell(string key, string value, string message)
    {
        var settings = SettingsHeader().WithRow(key, value);

        Assert.Equal($"Settings[Value] row 1 (Settings!B2): {message}", Problem(With(settings)));
    }

    [Fact]
    public void Parse_SettingsKeyTwice_ReportsLaterRow()
    {
        var settings = Settings().WithRow("CURRENCY", "USD");

        Assert.Equal("Settings[Key] row 4 (Settings!A5): duplicate key 'CURRENCY' (first at row 1)", Problem(With(settings)));
    }

    [Fact]
    public void Parse_SettingsWithoutValueColumn_Reports()
    {
        var settings = TableDataBuilder.Table("Settings").WithHeaders("Key").WithRow("Currency");

        Assert.Equal("Settings[Value]: required column is missing", Problem(With(settings)));
    }
}
