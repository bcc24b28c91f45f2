using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Templates;

/// <summary>
/// The function app's settings (infra/app/function-app.bicep): every one the backend reads in Azure is set,
/// no other is, and none of the local-only ones.
/// </summary>
public sealed partial class AppSettingsTests
{
    private const string FunctionApp = "infra/app/function-app.bicep";

    private static JsonObject Variables => BicepCli.Compile(FunctionApp)["variables"]!.AsObject();

    private static IReadOnlySet<string> Always => Variables["appSettings"]!.AsObject().Select(p => p.Key).ToHashSet();

    private static IReadOnlySet<string> WhenGiven =>
        Variables["optionalAppSettings"]!.AsObject().Select(p => p.Key).ToHashSet();

    [Fact]
    public void AppSettings_EveryRequiredSetting_IsAlwaysSet()
    {
        var missing = BackendAppSettings.Required.Except(Always).Order().ToArray();

        Assert.True(missing.Length == 0, "not set: " + string.Join(", ", missing));
    }

    [Fact]
    public void AppSettings_EveryOptionalSetting_IsSetWhenGiven()
    {
        Assert.Equal(BackendAppSettings.Optional.Order(), WhenGiven.Order());
    }

    [Fact]
    public void AppSettings_EveryNameSet_IsOneTheBackendReads()
    {
        var known = BackendAppSettings.Required.Union(BackendAppSettings.Optional).ToHashSet();

        var unknown = Always.Union(WhenGiven).Except(known).Order().ToArray();

        Assert.True(unknown.Length == 0, "unknown settings: " + string.Join(", ", unknown));
    }

    [Fact]
    public void AppSettings_LocalOnlySettings_AreNeverSet()
    {
        var text = File.ReadAllText(RepositoryRoot.PathOf(FunctionApp)) + BicepCli.Build(FunctionApp).StandardOutput;

        Assert.All(BackendAppSettings.LocalOnly, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void AppSettings_TheSettingsResource_AppliesExactlyBothSets()
    {
        var template = BicepCli.Compile(FunctionApp);
        var config = ArmTemplate.Single(template, "Microsoft.Web/sites/config");
        var properties = (string)config["properties"]!;

        Assert.Equal(["appSettings", "presentOptionalAppSettings"], VariableNames(properties));
        Assert.Equal(["optionalAppSettings"], VariableNames((string)Variables["presentOptionalAppSettings"]!));
    }

    [Fact]
    public void AppSettings_NoOtherResource_SetsAppSettings()
    {
        foreach (var template in BicepCli.Templates)
        {
            foreach (var site in ArmTemplate.OfType(BicepCli.Compile(template), "Microsoft.Web/sites"))
            {
                Assert.Null(site["properties"]?["siteConfig"]?["appSettings"]);
            }
        }
    }

    [Theory]
    [InlineData("AzureWebJobsStorage__credential", "managedidentity")]
    [InlineData("AzureWebJobsStorage__clientId", "[parameters('identityClientId')]")]
    [InlineData("AzureWebJobsStorage__blobServiceUri", "[variables('blobEndpoint')]")]
    [InlineData("AzureWebJobsStorage__queueServiceUri", "[format('https://{0}.queue.{1}', parameters('storageAccountName'), variables('storageSuffix'))]")]
    [InlineData("AzureWebJobsStorage__tableServiceUri", "[format('https://{0}.table.{1}', parameters('storageAccountName'), variables('storageSuffix'))]")]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING", "[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]")]
    [InlineData("AZURE_CLIENT_ID", "[parameters('identityClientId')]")]
    [InlineData("Auth__Audience", "[format('api://{0}', parameters('authClientId'))]")]
    [InlineData("Auth__ClientId", "[parameters('authClientId')]")]
    [InlineData("DecisionLog__TableEndpoint", "[format('https://{0}.table.{1}', parameters('storageAccountName'), variables('storageSuffix'))]")]
    [InlineData("Workbooks__Store", "Graph")]
    [InlineData("Graph__Credential", "ManagedIdentity")]
    public void AppSettings_Setting_HasTheIdentityBasedValue(string name, string expected)
    {
        Assert.Equal(expected, (string?)Variables["appSettings"]![name]);
    }

    [Fact]
    public void AppSettings_BlobEndpoint_IsTheAccountsHttpsEndpoint()
    {
        Assert.Equal("[format('https://{0}.blob.{1}', parameters('storageAccountName'), variables('storageSuffix'))]",
            (string?)Variables["blobEndpoint"]);
        Assert.Equal("[environment().suffixes.storage]", (string?)Variables["storageSuffix"]);
    }

    private static string[] VariableNames(string expression) =>
        VariableReference().Matches(expression).Select(m => m.Groups[1].Value).Order().ToArray();

    [GeneratedRegex(@"variables\('([A-Za-z]+)'\)")]
    private static partial Regex VariableReference();
}
