using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Tests.Workbooks;

/// <summary>The one email syntax check, and the "no owner" stop condition that uses it (docs/rules.md#email-addresses).</summary>
public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("cto@example.org")]
    [InlineData("first.last+ai@agency.gov.uk")]
    [InlineData("o'brien@example.org")]
    public void IsWellFormed_Address_True(string text) => Assert.True(EmailAddress.IsWellFormed(text));

    [Theory]
    [InlineData("")]
    [InlineData("cto")]
    [InlineData("@example.org")]
    [InlineData("cto@example")]
    [InlineData("cto@example.")]
    [InlineData("cto@.example.org")]
    [InlineData("cto@example..org")]
    [InlineData("cto@@example.org")]
    [InlineData("a@b@example.org")]
    [InlineData("cto @example.org")]
    [InlineData("cto@example.org;cfo@example.org")]
    [InlineData("cto@example.org, cfo@example.org")]
    [InlineData("CTO <cto@example.org>")]
    [InlineData("ann@localhost")]
    [InlineData("ann@example.org:25")]
    [InlineData("\"ann\"@example.org")]
    [InlineData("ann@[192.0.2.1]")]
    [InlineData("ann(x)@example.org")]
    [InlineData("ann@example.org\r\nBcc: eve@example.org")]
    [InlineData("ann\u0001@example.org")]
    [InlineData("ann\u00a0@example.org")]
    [InlineData(null)]
    public void IsWellFormed_NotAnAddress_False(string? text) => Assert.False(EmailAddress.IsWellFormed(text));

    [Theory]
    [InlineData(" cto@example.org ", false)]
    [InlineData("cto@example", true)]
    [InlineData("ann@localhost", true)]
    [InlineData("CTO <cto@example.org>", true)]
    [InlineData("   ", true)]
    public void NoOwner_Owner_HoldsOnlyWhenNotAnAddress(string owner, bool holds) =>
        Assert.Equal(holds, StopConditionRules.NoOwner(owner) is not null);
}
