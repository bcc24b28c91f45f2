using System.Net;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

[Collection(AzuriteCollection.Name)]
public sealed class TableStorageClientsTests(AzuriteFixture azurite)
{
    private const string Key = AzuriteFixture.AccountKey;

    private static TableClientOptions Recording(RecordingHandler handler)
    {
        var options = TableStorageClients.DefaultOptions();
        options.Transport = new HttpClientTransport(handler);
        return options;
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData(" UseDevelopmentStorage=true; ")]
    public void Create_DevelopmentStorage_AzuriteDefaults(string value)
    {
        var client = TableStorageClients.Create(value);

        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", client.Uri.AbsoluteUri.TrimEnd('/'));
        Assert.Equal("devstoreaccount1", client.AccountName);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={0};EndpointSuffix=core.windows.net", "https://acct.table.core.windows.net/")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={0};EndpointSuffix=core.chinacloudapi.cn", "https://acct.table.core.chinacloudapi.cn/")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={0};TableEndpoint=http://127.0.0.1:51234/devstoreaccount1/", "http://127.0.0.1:51234/devstoreaccount1/")]
    public void Create_AccountKeyStrings_TableEndpoint(string format, string expected)
    {
        var client = TableStorageClients.Create(string.Format(format, Key));

        Assert.Equal(expected.TrimEnd('/'), client.Uri.AbsoluteUri.TrimEnd('/'));
    }

    [Fact]
    public async Task Create_AzuritePathStyleConnectionString_WritesAndReads()
    {
        var table = TableStorageClients.Create(azurite.ConnectionString).GetTableClient(AzuriteFixture.UniqueTableName());

        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "it's") { ["Why"] = "x" });

        Assert.Equal("x", (await table.GetEntityAsync<TableEntity>("p", "it's")).Value.GetString("Why"));
    }

    [Fact]
    public async Task Create_WrongAccountKey_Refused403WithoutTheKey()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 64).ToArray());
        var options = TableStorageClients.DefaultOptions();
        options.Retry.MaxRetries = 0;
        var client = TableStorageClients.Create(azurite.ConnectionString.Replace(Key, wrongKey), options);

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () => client.GetTableClient(AzuriteFixture.UniqueTableName()).CreateIfNotExistsAsync());

        Assert.Equal(403, error.Status);
        Assert.DoesNotContain(wrongKey, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("AccountName=acct;AccountKey=not*base64!secret")]
    [InlineData("no key value pairs secret")]
    [InlineData("AccountKey=secret;DefaultEndpointsProtocol=https")]
    public void Create_BadConnectionString_ArgumentExceptionWithoutEchoingIt(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => TableStorageClients.Create(value));

        Assert.Equal("connectionString", error.ParamName);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public async Task Create_EndpointAndTokenCredential_RequestsCarryTheTokenForTheStorageScope()
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.NoContent);
        var credential = new FixedTokenCredential("fixed-token");
        var client = TableStorageClients.Create(new Uri("https://acct.table.core.windows.net/"), credential, Recording(handler));

        await client.GetTableClient("decisions").CreateIfNotExistsAsync();

        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://acct.table.core.windows.net/Tables", request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("Bearer fixed-token", request.Headers["Authorization"]);
        Assert.Equal(["https://storage.azure.com/.default"], Assert.Single(credential.RequestedScopes));
    }

    [Theory]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1")]
    [InlineData("acct.table.core.windows.net")]
    [InlineData("")]
    public void Create_EndpointNotAbsoluteHttps_Throws(string endpoint)
    {
        Assert.Throws<ArgumentException>(() => TableStorageClients.Create(endpoint, new FixedTokenCredential("t")));
    }

    [Fact]
    public void DefaultOptions_ExponentialRetriesOfAzureCore()
    {
        var options = TableStorageClients.DefaultOptions();

        Assert.Equal(RetryMode.Exponential, options.Retry.Mode);
        Assert.Equal(4, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.Retry.Delay);
        Assert.Equal(TimeSpan.FromSeconds(8), options.Retry.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Retry.NetworkTimeout);
    }
}
