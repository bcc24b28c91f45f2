using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

/// <summary>The 2025 schema's is_high_impact answers as the agency declared them (never a classifier input).</summary>
public sealed class Omb2025ImpactTests
{
    [Theory]
    [InlineData("a) High-impact", DeclaredImpact.High)]
    [InlineData("High-impact", DeclaredImpact.High)]
    [InlineData("c) Not high-impact", DeclaredImpact.NotHigh)]
    [InlineData("b) Presumed high-impact, but determined not high impact", DeclaredImpact.NotHigh)]
    [InlineData("Presumed high-impact", DeclaredImpact.Unknown)]
    [InlineData("", DeclaredImpact.Unknown)]
    [InlineData("Yes", DeclaredImpact.High)]
    [InlineData("a) No", DeclaredImpact.NotHigh)]
    public void Impact2025_Answer_IsTheAgencysDeclaration(string answer, DeclaredImpact expected) =>
        Assert.Equal(expected, InventoryAnswers.Impact2025(answer));
}
