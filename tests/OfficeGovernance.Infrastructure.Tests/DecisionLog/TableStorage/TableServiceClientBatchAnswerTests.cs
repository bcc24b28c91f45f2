using System.Net;
using Azure.Core.Pipeline;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using static OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage.TableEntityBuilder;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>Batch answers shaped as Azure Storage writes them, read without a service.</summary>
public sealed class TableServiceClientBatchAnswerTests
{
    private const string FailedAnswer =
        "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
        "--changesetresponse_2\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n" +
        "HTTP/1.1 412 Precondition Failed\r\nContent-ID: 2\r\nX-Content-Type-Options: nosniff\r\n" +
        "Content-Type: application/json;odata=nometadata;streaming=true;charset=utf-8\r\n\r\n" +
        "{\"odata.error\":{\"code\":\"UpdateConditionNotSatisfied\",\"message\":{\"lang\":\"en-US\",\"value\":\"1:The update condition specified in the request was not satisfied.\"}}}\r\n" +
        "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

    private const string TwoSucceeded =
        "--batchresponse_1\r\nContent-Type: multipart/mixed; boundary=changesetresponse_2\r\n\r\n" +
        "--changesetresponse_2\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\nETag: W/\"1\"\r\n\r\n\r\n" +
        "--changesetresponse_2\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Content\r\nETag: W/\"2\"\r\n\r\n\r\n" +
        "--changesetresponse_2--\r\n--batchresponse_1--\r\n";

    private static TableServiceClient Client(HttpStatusCode status, string answer) =>
        new(TableConnection.FromTokenCredential(new Uri("https://acct.table.core.windows.net"), new FixedTokenCredential("t")),
            new TableClientOptions { Transport = new HttpClientTransport(new RecordingHandler().Answer(status, answer)) });

    [Fact]
    public async Task SubmitTransactionAsync_FailedChangeset_ThrowsItsStatusAndCode()
    {
        var client = Client(HttpStatusCode.Accepted, FailedAnswer);

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(() => client.SubmitTransactionAsync(
            "decisions", [Insert("p", "1"), Replace(Entity("p", "head") with { ETag = "W/\"0\"" })], CancellationToken.None));

        Assert.Equal(412, error.Status);
        Assert.Equal("UpdateConditionNotSatisfied", error.ErrorCode);
        Assert.Contains("update condition", error.Message);
    }

    [Fact]
    public async Task SubmitTransactionAsync_OneAnswerPerOperation_Succeeds()
    {
        var client = Client(HttpStatusCode.Accepted, TwoSucceeded);

        await client.SubmitTransactionAsync("decisions", [Insert("p", "1"), Insert("p", "2")], CancellationToken.None);
    }

    [Fact]
    public async Task SubmitTransactionAsync_FewerAnswersThanOperations_InvalidData()
    {
        var client = Client(HttpStatusCode.Accepted, TwoSucceeded);

        await Assert.ThrowsAsync<InvalidDataException>(() => client.SubmitTransactionAsync(
            "decisions", [Insert("p", "1"), Insert("p", "2"), Insert("p", "3")], CancellationToken.None));
    }

    [Fact]
    public async Task SubmitTransactionAsync_WholeBatchRefused_ThrowsOuterStatus()
    {
        var client = Client(
            HttpStatusCode.BadRequest, """{"odata.error":{"code":"InvalidInput","message":{"value":"bad batch"}}}""");

        var error = await Assert.ThrowsAsync<TableRequestFailedException>(() => client.SubmitTransactionAsync(
            "decisions", [Insert("p", "1")], CancellationToken.None));

        Assert.Equal((400, "InvalidInput"), (error.Status, error.ErrorCode));
    }
}
