using System.Net;
using OfficeGovernance.Infrastructure.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class RetryAfterCapTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(120, 5, "5")]
    [InlineData(2, 5, "2")]
    [InlineData(1, 0, "0")]
    public async Task SendAsync_RetryAfterSeconds_CappedAtTheLimit(int retryAfter, int capSeconds, string expected)
    {
        var header = await RetryAfterFor(HttpStatusCode.TooManyRequests, r => r.Headers.Add("Retry-After", $"{retryAfter}"),
            TimeSpan.FromSeconds(capSeconds));

        Assert.Equal(expected, header);
    }

    [Fact]
    public async Task SendAsync_RetryAfterHttpDate_BecomesSecondsFromNow()
    {
        var header = await RetryAfterFor(HttpStatusCode.ServiceUnavailable,
            r => r.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(Now.AddSeconds(30)),
            TimeSpan.FromMinutes(3));

        Assert.Equal("30", header);
    }

    [Fact]
    public async Task SendAsync_NotRetryableStatus_LeavesTheHeaderAlone()
    {
        var header = await RetryAfterFor(HttpStatusCode.InternalServerError,
            r => r.Headers.Add("Retry-After", "120"), TimeSpan.Zero);

        Assert.Equal("120", header);
    }

    private static async Task<string> RetryAfterFor(
        HttpStatusCode status, Action<HttpResponseMessage> decorate, TimeSpan cap)
    {
        var stub = new StubHandler(status, decorate);
        using var invoker = new HttpMessageInvoker(new RetryAfterCap(cap, new GraphFakeTimeProvider(Now)) { InnerHandler = stub });
        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1/x"), default);
        return string.Join(",", response.Headers.GetValues("Retry-After"));
    }

    private sealed class StubHandler(HttpStatusCode status, Action<HttpResponseMessage> decorate) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var response = new HttpResponseMessage(status) { RequestMessage = request };
            decorate(response);
            return Task.FromResult(response);
        }
    }

    private sealed class GraphFakeTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
