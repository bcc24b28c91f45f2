using OfficeGovernance.Infrastructure.Workbooks.Registry;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks.Registry;

/// <summary>Who registers a workbook is checked by the product's one email rule (EmailAddress.IsWellFormed).</summary>
public sealed class WorkbookRegistrationRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 7, 0, 5, TimeSpan.Zero);

    [Theory]
    [InlineData("ann@localhost")]
    [InlineData("Ann <ann@example.org>")]
    [InlineData("ann@example.org;eve@example.org")]
    public void Check_RegisteredByNotOneAddress_Throws(string registeredBy)
    {
        var e = Assert.Throws<ArgumentException>(() => WorkbookRegistrationRules.Check("portfolio.xlsx", registeredBy, Monday));

        Assert.Contains("is not an email address", e.Message);
    }

    [Fact]
    public void Check_RegisteredByAnAddressWithSpaces_KeepsItTrimmed()
    {
        Assert.Equal("ann@example.org", WorkbookRegistrationRules.Check("portfolio.xlsx", " ann@example.org ", Monday).RegisteredBy);
    }
}
