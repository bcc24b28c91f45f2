using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Secrets;

/// <summary>No secret, key or connection string with a key in infra/, azure.yaml or the compiled templates
/// (issue 12): storage, telemetry, deployment and on-behalf-of all go through the managed identity.</summary>
public sealed class NoSecretsTests
{
    public static TheoryData<string> DeploymentFiles()
    {
        var files = Directory.GetFiles(RepositoryRoot.PathOf("infra"), "*", SearchOption.AllDirectories)
            .Append(RepositoryRoot.PathOf("azure.yaml"))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(files);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=st;AccountKey=abc;EndpointSuffix=core.windows.net")]
    [InlineData("value: stg.listKeys().keys[0].value")]
    [InlineData("[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01').keys[0].value]")]
    [InlineData("https://st.blob.core.windows.net/c?sv=2022-11-02&sig=abcd")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=abc")]
    [InlineData("InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://x")]
    [InlineData("az ad app credential reset --id $client_id")]
    [InlineData("\"passwordCredentials\": [{ \"displayName\": \"ci\" }]")]
    [InlineData("AZURE_CLIENT_SECRET=abc")]
    [InlineData("staticSite.listSecrets().properties.apiKey")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----")]
    [InlineData("key: Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")]
    public void Find_PlantedSecret_IsFound(string text)
    {
        Assert.NotEmpty(SecretScanner.Find(text));
    }

    [Theory]
    [InlineData("APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'")]
    [InlineData("allowSharedKeyAccess: false")]
    [InlineData("# The app gets no password and no certificate: the managed identity is its only credential")]
    public void Find_IdentityBasedSetting_IsNotASecret(string text)
    {
        Assert.Empty(SecretScanner.Find(text));
    }

    [Theory]
    [MemberData(nameof(DeploymentFiles))]
    public void DeploymentFile_HoldsNoSecret(string file)
    {
        Assert.Empty(SecretScanner.Find(File.ReadAllText(RepositoryRoot.PathOf(file))));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void CompiledTemplate_HoldsNoSecret(string template)
    {
        Assert.Empty(SecretScanner.Find(BicepCli.Build(template).StandardOutput));
    }

    public static TheoryData<string> Templates() => new(BicepCli.Templates);
}
