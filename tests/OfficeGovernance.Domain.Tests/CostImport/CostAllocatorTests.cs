using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;
using static OfficeGovernance.Domain.Tests.CostImport.FocusChargeBuilder;

namespace OfficeGovernance.Domain.Tests.CostImport;

public class CostAllocatorTests
{
    private static CostAllocationRule Rule(CostMatch match, string value, string initiative, string? key = null, SpendCategory? category = null, int row = 1) =>
        new(match, key, value, initiative, category, row);

    [Fact]
    public void Allocate_TwoRulesMatch_FirstRowWins()
    {
        var allocator = CostAllocator.FromRules(
        [
            Rule(CostMatch.Service, "Amazon Elastic Compute Cloud", "I-1", row: 1),
            Rule(CostMatch.Tag, "Checkout", "I-2", key: "application", row: 2),
        ]);

        Assert.Equal("I-1", allocator.Allocate(Charge(tags: "application=Checkout"))!.InitiativeId);
    }

    [Theory]
    [InlineData(" org", "Finance")]
    [InlineData("ORG", "finance ")]
    [InlineData("Org ", "FINANCE")]
    public void Allocate_TagKeyWithStraySpacesOrOtherCase_Matches(string keyInFile, string valueInFile)
    {
        var allocator = CostAllocator.FromRules([Rule(CostMatch.Tag, "Finance", "I-1", key: "org")]);

        Assert.Equal("I-1", allocator.Allocate(Charge(tags: $"{keyInFile}={valueInFile}"))?.InitiativeId);
    }

    [Theory]
    [InlineData(CostMatch.SubAccount, "51738928782")]
    [InlineData(CostMatch.SubAccount, "atlas nimbus")]
    [InlineData(CostMatch.Resource, "/subscriptions/abc/resourceGroups/RG-CHAT")]
    [InlineData(CostMatch.Service, "amazon elastic compute cloud")]
    public void Allocate_SubAccountResourcePrefixOrService_Matches(CostMatch match, string value)
    {
        var allocator = CostAllocator.FromRules([Rule(match, value, "I-1")]);
        var charge = Charge(resourceId: "/subscriptions/abc/resourceGroups/rg-chat/providers/Microsoft.CognitiveServices/accounts/chat");

        Assert.Equal("I-1", allocator.Allocate(charge)?.InitiativeId);
    }

    [Fact]
    public void Allocate_ResourceValueInsideTheIdButNotItsStart_DoesNotMatch()
    {
        var allocator = CostAllocator.FromRules([Rule(CostMatch.Resource, "resourceGroups/rg-chat", "I-1")]);

        Assert.Null(allocator.Allocate(Charge(resourceId: "/subscriptions/abc/resourceGroups/rg-chat/x")));
    }

    [Fact]
    public void Allocate_NoRuleMatches_IsUnallocated()
    {
        var allocator = CostAllocator.FromRules([Rule(CostMatch.Tag, "Checkout", "I-1", key: "application")]);

        Assert.Null(allocator.Allocate(Charge(tags: "application=Search")));
    }

    [Fact]
    public void Allocate_RuleWithCategory_CarriesTheOverride()
    {
        var allocator = CostAllocator.FromRules([Rule(CostMatch.Service, "Amazon Elastic Compute Cloud", "I-1", category: SpendCategory.ModelUsage)]);

        Assert.Equal(SpendCategory.ModelUsage, allocator.Allocate(Charge())!.Category);
    }

    [Fact]
    public void FromTag_TagNamesAnInitiativeInOtherCase_AllocatesToItsDeclaredSpelling()
    {
        var allocator = CostAllocator.FromTag("initiative", ["DOE-0293", "I-2"]);

        Assert.Equal("DOE-0293", allocator.Allocate(Charge(tags: " Initiative =doe-0293"))?.InitiativeId);
    }

    [Fact]
    public void FromTag_TagNamesNoInitiative_IsUnallocated()
    {
        var allocator = CostAllocator.FromTag("initiative", ["I-1"]);

        Assert.Null(allocator.Allocate(Charge(tags: "initiative=I-9")));
        Assert.Null(allocator.Allocate(Charge(tags: "application=I-1")));
    }

    [Fact]
    public void TagKeys_Rules_AreTheTagRulesKeysOnceEach()
    {
        var allocator = CostAllocator.FromRules(
        [
            Rule(CostMatch.Tag, "a", "I-1", key: "application"), Rule(CostMatch.Service, "S", "I-1"),
            Rule(CostMatch.Tag, "b", "I-1", key: "Application"), Rule(CostMatch.Tag, "c", "I-1", key: "org"),
        ]);

        Assert.Equal(["application", "org"], allocator.TagKeys);
    }
}
