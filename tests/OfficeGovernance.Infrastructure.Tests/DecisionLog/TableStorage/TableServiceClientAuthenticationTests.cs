using System.Net;
using System.Security.Cryptography;
using System.Text;
using Azure.Core.Pipeline;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;
using static OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableEntityBuilder;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

[Collection(AzuriteCollection.Name)]
public sealed class TableServiceClientAuthenticationTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    private static TableClientOptions Recording(RecordingHandler handler) =>
        new() { Transport = new HttpClientTransport(handler) };

    [Fact]
    public async Task SharedKey_AgainstAzurite_Accepted()
    {
        var client = new TableServiceClient(TableConnection.Parse(azurite.ConnectionString));
        var table = AzuriteFixture.UniqueTableName();

        await client.CreateTableIfNotExistsAsync(table, None);
        await client.SubmitTransactionAsync(table, [Insert("p", "r")], None);

        Assert.NotNull(await client.GetAsync(table, "p", "r", None));
    }

    [Fact]
    public async Task SharedKey_WrongKey_Throws403()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 64).ToArray());
        var connection = TableConnection.Parse(azurite.ConnectionString.Replace(AzuriteFixture.AccountKey, wrongKey));
        var client = new TableServiceClient(connection);

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(
            () => client.CreateTableIfNotExistsAsync(AzuriteFixture.UniqueTableName(), None));

        Assert.Equal(403, error.Status);
        Assert.Equal("AuthorizationFailure", error.ErrorCode);
        Assert.DoesNotContain(wrongKey, error.Message);
    }

    [Fact]
    public async Task SharedKey_PathStyleEndpoint_SignsAccountThenFullPath()
    {
        var handler = new RecordingHandler();
        var connection = TableConnection.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteFixture.AccountKey};" +
            "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1/");
        var client = new TableServiceClient(connection, Recording(handler), new TableFakeTimeProvider(Now));

        await client.CreateTableIfNotExistsAsync("decisions", None);

        var request = Assert.Single(handler.Requests);
        var stringToSign = "POST\n\napplication/json\nTue, 04 Mar 2025 05:06:07 GMT\n/devstoreaccount1/devstoreaccount1/Tables";
        var expected = Convert.ToBase64String(HMACSHA256.HashData(
            Convert.FromBase64String(AzuriteFixture.AccountKey), Encoding.UTF8.GetBytes(stringToSign)));
        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1/Tables", request.Uri.AbsoluteUri);
        Assert.Equal("Tue, 04 Mar 2025 05:06:07 GMT", request.Headers["x-ms-date"]);
        Assert.Equal($"SharedKey devstoreaccount1:{expected}", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Bearer_Requests_CarryTokenForStorageScopeAndTableHeaders()
    {
        var handler = new RecordingHandler().Answer(HttpStatusCode.NoContent);
        var credential = new FixedTokenCredential("fixed-token");
        var connection = TableConnection.FromTokenCredential(new Uri("https://acct.table.core.windows.net/"), credential);
        var client = new TableServiceClient(connection, Recording(handler), new TableFakeTimeProvider(Now));

        await client.CreateTableIfNotExistsAsync("decisions", None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://acct.table.core.windows.net/Tables", request.Uri.AbsoluteUri);
        Assert.Equal("Bearer fixed-token", request.Headers["Authorization"]);
        Assert.Equal(["https://storage.azure.com/.default"], Assert.Single(credential.RequestedScopes));
        Assert.Equal("2019-02-02", request.Headers["x-ms-version"]);
        Assert.Equal("Tue, 04 Mar 2025 05:06:07 GMT", request.Headers["x-ms-date"]);
        Assert.Equal("application/json;odata=nometadata", request.Headers["Accept"].Replace(" ", ""));
        Assert.Equal("3.0", request.Headers["DataServiceVersion"]);
    }

    [Fact]
    public async Task Bearer_GetEntity_ReadsETagHeaderAndIgnoresTimestamp()
    {
        var handler = new RecordingHandler().Answer(
            HttpStatusCode.OK,
            """{"PartitionKey":"wb","RowKey":"it''s","Timestamp":"2025-03-04T05:06:07Z","Why":"x","Seq":7}""",
            "W/\"datetime'2025-03-04T05%3A06%3A07Z'\"");
        var connection = TableConnection.FromTokenCredential(
            new Uri("https://acct.table.core.windows.net"), new FixedTokenCredential("t"));
        var client = new TableServiceClient(connection, Recording(handler));

        var entity = await client.GetAsync("decisions", "wb", "it's", None);

        Assert.NotNull(entity);
        Assert.Equal("W/\"datetime'2025-03-04T05%3A06%3A07Z'\"", entity.ETag);
        Assert.Equal(new Dictionary<string, string> { ["Why"] = "x", ["Seq"] = "7" }, entity.Properties);
        Assert.EndsWith("/decisions(PartitionKey='wb',RowKey='it%27%27s')", Assert.Single(handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public void FromTokenCredential_HttpEndpoint_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableConnection.FromTokenCredential(
            new Uri("http://127.0.0.1:10002/devstoreaccount1"), new FixedTokenCredential("t")));
    }
}
