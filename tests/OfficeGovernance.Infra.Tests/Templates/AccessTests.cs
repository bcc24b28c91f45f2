using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Templates;

/// <summary>No keys: storage and telemetry admit Entra identities only, and the app's identity holds the data
/// roles it needs and nothing more (issue 12).</summary>
public sealed partial class AccessTests
{
    private static readonly string[] DataRoles =
    [
        "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner
        "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor
        "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor
        "3913510d-42f4-4e42-8a64-420c390055eb", // Monitoring Metrics Publisher
        "ba92f5b4-2d11-453d-a403-e96b0029c9fe", // Storage Blob Data Contributor, on the log head anchor container only
    ];

    [Fact]
    public void StorageAccount_SharedKeysAndPublicBlobs_AreOff()
    {
        var account = ArmTemplate.Single(BicepCli.Compile("infra/app/storage.bicep"), "Microsoft.Storage/storageAccounts");
        var properties = account["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
    }

    [Fact]
    public void Monitoring_LocalAuthentication_IsOff()
    {
        var template = BicepCli.Compile("infra/app/monitoring.bicep");

        var insights = ArmTemplate.Single(template, "Microsoft.Insights/components");
        var workspace = ArmTemplate.Single(template, "Microsoft.OperationalInsights/workspaces");

        Assert.True((bool)insights["properties"]!["DisableLocalAuth"]!);
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string)insights["properties"]!["WorkspaceResourceId"]!);
        Assert.True((bool)workspace["properties"]!["features"]!["disableLocalAuth"]!);
    }

    [Fact]
    public void FunctionApp_OnFlexConsumption_RunsDotnetIsolatedAsTheUserAssignedIdentity()
    {
        var template = BicepCli.Compile("infra/app/function-app.bicep");
        var plan = ArmTemplate.Single(template, "Microsoft.Web/serverfarms");
        var site = ArmTemplate.Single(template, "Microsoft.Web/sites");
        var config = site["properties"]!["functionAppConfig"]!;

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal("UserAssignedIdentity", (string?)config["deployment"]!["storage"]!["authentication"]!["type"]);
        Assert.Equal("[parameters('identityId')]",
            (string?)config["deployment"]!["storage"]!["authentication"]!["userAssignedIdentityResourceId"]);
    }

    [Fact]
    public void FunctionApp_BasicPublishingCredentials_AreOff()
    {
        var policies = ArmTemplate.OfType(BicepCli.Compile("infra/app/function-app.bicep"),
            "Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToArray();

        Assert.Equal(2, policies.Length);
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void RoleAssignments_AreOnlyTheIdentitysFiveDataRoles()
    {
        var main = BicepCli.Compile("infra/main.bicep");
        var assignments = ArmTemplate.OfType(main, "Microsoft.Authorization/roleAssignments").ToArray();
        var rbac = BicepCli.Build("infra/app/rbac.bicep").StandardOutput;

        Assert.Equal(3, assignments.Length); // the loop over the storage roles, the metrics publisher, the anchor writer
        Assert.All(assignments, a => Assert.Equal("[parameters('principalId')]", (string?)a["properties"]!["principalId"]));
        Assert.All(assignments, a => Assert.Equal("ServicePrincipal", (string?)a["properties"]!["principalType"]));
        Assert.Equal(DataRoles.Order(), Guid().Matches(rbac).Select(m => m.Value).Distinct().Order());
        Assert.Equal(3, BicepCli.Compile("infra/app/rbac.bicep")["variables"]!["storageRoles"]!.AsArray().Count);
    }

    [Fact]
    public void AnchorContainer_TimeBasedImmutabilityWithProtectedAppends_WrittenByTheIdentityOnly()
    {
        // docs/adr-0033-worm-anchor-of-the-log-head.md: the weekly run appends log heads nobody can change or delete.
        var storage = BicepCli.Compile("infra/app/storage.bicep");
        var policy = ArmTemplate.Single(storage, "Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies");
        var anchorWriter = ArmTemplate.OfType(BicepCli.Compile("infra/app/rbac.bicep"), "Microsoft.Authorization/roleAssignments")
            .Single(a => ((string?)a["properties"]!["roleDefinitionId"])!.Contains("storageBlobDataContributor", StringComparison.Ordinal));
        var appSettings = BicepCli.Build("infra/app/function-app.bicep").StandardOutput;

        Assert.True((bool)policy["properties"]!["allowProtectedAppendWrites"]!);
        Assert.Equal("[parameters('anchorRetentionDays')]", (string?)policy["properties"]!["immutabilityPeriodSinceCreationInDays"]);
        Assert.Equal(2555, (int)storage["parameters"]!["anchorRetentionDays"]!["defaultValue"]!);
        Assert.Contains("blobServices/containers", (string?)anchorWriter["scope"], StringComparison.Ordinal);
        Assert.Contains("anchorContainerName", (string?)anchorWriter["scope"], StringComparison.Ordinal);
        Assert.Contains("DecisionLog__AnchorContainerUri", appSettings, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", appSettings, StringComparison.Ordinal);
    }

    [Fact]
    public void RoleAssignments_NoOtherTemplate_AssignsRoles()
    {
        var others = BicepCli.Templates.Where(t => !t.EndsWith("rbac.bicep", StringComparison.Ordinal) && !t.EndsWith("main.bicep", StringComparison.Ordinal));

        Assert.All(others, t => Assert.Empty(ArmTemplate.OfType(BicepCli.Compile(t), "Microsoft.Authorization/roleAssignments")));
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();
}
