using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Http;

/// <summary>
/// The timer function's trigger route with local workbooks (Workbooks:Store Local): the host's payload contract,
/// loopback only, the weekly run and its once-per-week sends.
/// </summary>
public sealed class WeeklyStatusTimerTests : IDisposable
{
    // The shape the Functions host posts to a custom handler for a timer trigger.
    private const string HostPayload = """
        {"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":{"Last":"2026-11-16T07:00:00+00:00",
        "Next":"2026-11-23T07:00:00+00:00","LastUpdated":"2026-11-16T07:00:00+00:00"},"IsPastDue":false}},
        "Metadata":{"sys":{"MethodName":"WeeklyStatus","UtcNow":"2026-11-20T07:00:00.0000000Z","RandGuid":"9f0c"}}}
        """;

    private readonly ApiFactory _api = new();
    private readonly RemoteAddress _caller = new(IPAddress.Loopback);

    private string Outbox => Path.Combine(_api.Root, "outbox");

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task WeeklyStatus_HostPayload_AnswersOutputsLogsAndNullReturnValue()
    {
        using var host = Host("portfolio.xlsx");
        WriteSample("portfolio.xlsx");

        var response = await Post(host, HostPayload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["Outputs", "Logs", "ReturnValue"], root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("Outputs").ValueKind);
        Assert.Empty(root.GetProperty("Outputs").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ReturnValue").ValueKind);
        var logs = root.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()!).ToArray();
        Assert.Contains(logs, l => l.StartsWith("portfolio.xlsx: reviewed 24 initiatives as of 2026-11-20 and saved;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"data":{"myTimer":{"isPastDue":true}},"metadata":null,"Extra":[1,2]}""")]
    [InlineData("not json at all")]
    public async Task WeeklyStatus_UnusualPayload_StillRunsAndAnswersTheContract(string payload)
    {
        using var host = Host("portfolio.xlsx");
        WriteSample("portfolio.xlsx");

        var response = await Post(host, payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("Logs").ValueKind);
        Assert.True(Directory.Exists(Path.Combine(Outbox, "portfolio.xlsx", "2026-W47")));
    }

    [Fact]
    public async Task WeeklyStatus_CallerOffLoopback_Answers403AndSendsNothing()
    {
        using var host = Host("portfolio.xlsx");
        var path = WriteSample("portfolio.xlsx");
        var before = File.ReadAllBytes(path);
        _caller.Address = IPAddress.Parse("10.1.2.3");

        var response = await Post(host, HostPayload);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(Directory.Exists(Outbox));
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task WeeklyStatus_SecondRunSameWeek_SendsNothingMore()
    {
        using var host = Host("portfolio.xlsx");
        WriteSample("portfolio.xlsx");

        await Post(host, HostPayload);
        var first = Emails();
        var second = await Post(host, HostPayload);

        Assert.True(first.Length > 1);
        Assert.Equal(first, Emails());
        var logs = await second.Content.ReadAsStringAsync();
        Assert.True(logs.Contains(": 0 email(s) sent, " + first.Length + " already sent.", StringComparison.Ordinal), logs);
    }

    [Fact]
    public async Task WeeklyStatus_Run_WritesReviewTablesIntoTheWorkbook()
    {
        using var host = Host("portfolio.xlsx");
        var path = WriteSample("portfolio.xlsx");

        await Post(host, HostPayload);

        var names = WorkbookTables.Names(File.ReadAllBytes(path));
        Assert.Contains("Review", names);
        Assert.Contains("PortfolioSummary", names);
        Assert.Contains("Initiatives", names);
    }

    [Fact]
    public async Task WeeklyStatus_OneWorkbookMissing_OthersRunAndTheInvocationFails()
    {
        using var host = Host("missing.xlsx;portfolio.xlsx");
        WriteSample("portfolio.xlsx");

        var response = await Post(host, HostPayload);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var logs = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("Logs").ToString();
        Assert.Contains("missing.xlsx: failed: FileNotFoundException", logs);
        Assert.Contains("portfolio.xlsx: reviewed 24 initiatives", logs);
        Assert.Contains("1 of 2 workbook(s) failed.", logs);
        Assert.True(Emails().Length > 1);
    }

    [Fact]
    public async Task WeeklyStatus_NoWorkbooksRegistered_SaysSoAndSucceeds()
    {
        using var host = Host("");

        var response = await Post(host, HostPayload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("WeeklyStatus:Workbooks is empty", await response.Content.ReadAsStringAsync());
    }

    private WebApplicationFactory<Program> Host(string workbooks) => _api.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("WeeklyStatus:Workbooks", workbooks);
        builder.UseSetting("WeeklyStatus:Outbox", Outbox);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter>(_caller);
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero)));
        });
    });

    private static Task<HttpResponseMessage> Post(WebApplicationFactory<Program> host, string payload) =>
        host.CreateClient().PostAsync("/WeeklyStatus", new StringContent(payload, Encoding.UTF8, "application/json"));

    private string WriteSample(string name)
    {
        var path = Path.Combine(_api.WorkbooksDirectory, name);
        File.WriteAllBytes(path, SampleTables.Xlsx());
        return path;
    }

    private string[] Emails() => Directory.Exists(Outbox)
        ? Directory.GetFiles(Outbox, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
        : [];
}
