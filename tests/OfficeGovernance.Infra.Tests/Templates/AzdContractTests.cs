using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Templates;

/// <summary>What azd and the scripts rely on: the parameters mapped from the azd environment, the names
/// derived from the environment, the service tags, and the outputs azd writes back into the environment.</summary>
public sealed partial class AzdContractTests
{
    private static JsonObject Main => BicepCli.Compile("infra/main.bicep");

    private static JsonObject ParameterFile =>
        JsonNode.Parse(File.ReadAllText(RepositoryRoot.PathOf("infra/main.parameters.json")))!["parameters"]!.AsObject();

    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("SERVICE_API_NAME")]
    [InlineData("SERVICE_API_URI")]
    [InlineData("SERVICE_ADDIN_NAME")]
    [InlineData("SERVICE_ADDIN_URI")]
    [InlineData("AZURE_MANAGED_IDENTITY_CLIENT_ID")]
    [InlineData("AZURE_MANAGED_IDENTITY_PRINCIPAL_ID")]
    public void Main_Output_IsDeclared(string name)
    {
        Assert.NotNull(Main["outputs"]![name]);
    }

    [Fact]
    public void Main_EveryParameterWithoutDefault_IsMappedFromTheAzdEnvironment()
    {
        var parameters = Main["parameters"]!.AsObject();
        var required = parameters.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key);

        Assert.All(required, name => Assert.True(ParameterFile.ContainsKey(name), $"{name} is not in main.parameters.json"));
        Assert.All(ParameterFile, p => Assert.True(parameters.ContainsKey(p.Key), $"main.bicep has no parameter {p.Key}"));
        Assert.All(ParameterFile, p => Assert.Matches(@"^\$\{[A-Z_]+(=[^}]*)?\}$", (string)p.Value!["value"]!));
    }

    [Fact]
    public void Main_ResourceToken_IsUniquePerSubscriptionEnvironmentAndRegion()
    {
        var variables = Main["variables"]!;

        Assert.Equal("[toLower(uniqueString(subscription().id, parameters('environmentName'), parameters('location')))]",
            (string?)variables["resourceToken"]);
        Assert.Equal("[parameters('environmentName')]", (string?)variables["tags"]!["azd-env-name"]);
    }

    [Fact]
    public void Main_ResourceGroupAndEveryModuleWithTags_CarryTheEnvironmentTag()
    {
        // Every module but the role assignments (which take no tags) declares a tags parameter.
        var modules = ArmTemplate.OfType(Main, "Microsoft.Resources/deployments")
            .Where(m => m["properties"]!["template"]!["parameters"]!["tags"] is not null).ToArray();

        Assert.Equal(5, modules.Length);
        Assert.All(modules, m => Assert.Equal("[variables('tags')]", (string?)m["properties"]!["parameters"]!["tags"]!["value"]));
        Assert.Equal("[variables('tags')]", (string?)ArmTemplate.Single(Main, "Microsoft.Resources/resourceGroups")["tags"]);
    }

    [Theory]
    [InlineData("infra/app/function-app.bicep", "api")]
    [InlineData("infra/app/static-web-app.bicep", "addin")]
    public void Module_ServiceTag_NamesTheAzureYamlService(string template, string service)
    {
        var serviceName = BicepCli.Compile(template)["parameters"]!["serviceName"]!["defaultValue"];

        Assert.Equal(service, (string?)serviceName);
        Assert.Contains(service, AzdProject.Load().Services.Keys);
    }

    [Fact]
    public void Scripts_EveryAzdValueTheyRequire_IsAnOutputOrSetByAScript()
    {
        var scripts = Directory.GetFiles(RepositoryRoot.PathOf("infra/scripts"), "*.sh").Select(File.ReadAllText).ToArray();
        var required = scripts.SelectMany(s => RequireValue().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet();
        var set = scripts.SelectMany(s => AzdEnvSet().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet();
        var outputs = Main["outputs"]!.AsObject().Select(p => p.Key).ToHashSet();

        Assert.Contains("AZURE_API_CLIENT_ID", set);
        Assert.Contains("SERVICE_API_URI", required);
        var unknown = required.Except(outputs).Except(set).Except(["AZURE_ENV_NAME"]).Order().ToArray();
        Assert.True(unknown.Length == 0, "required but never produced: " + string.Join(", ", unknown));
    }

    [GeneratedRegex(@"\$\(require_value ([A-Z_]+)")]
    private static partial Regex RequireValue();

    [GeneratedRegex(@"azd env set ([A-Z_]+)")]
    private static partial Regex AzdEnvSet();
}
