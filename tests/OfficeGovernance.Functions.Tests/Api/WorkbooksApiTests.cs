using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Application.WeeklyStatus;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>POST /api/workbooks invoked directly: a readable workbook is registered once, and the timer lists it.</summary>
public sealed class WorkbooksApiTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly FunctionsHost _host = new(overrides: services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    [Fact]
    public async Task RegisterWorkbook_TwiceByTwoCallers_KeepsTheFirstRegistrationAndTheTimerListsItOnce()
    {
        _host.Store("portfolio.xlsx");

        var first = await Register("portfolio.xlsx", "cto@example.org");
        var second = await Register("portfolio.xlsx", "ann@example.org");

        Assert.Equal(201, first.Status);
        Assert.Equal(200, second.Status);
        Assert.Equal("cto@example.org", second.Body.GetProperty("registeredBy").GetString());
        Assert.False(second.Body.GetProperty("created").GetBoolean());
        Assert.Equal(["portfolio.xlsx"], await _host.Services.GetRequiredService<RegisteredWorkbooks>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RegisterWorkbook_NotStored_Answers404AndRegistersNothing()
    {
        var answer = await Register("guessed.xlsx", "cto@example.org");

        Assert.Equal(404, answer.Status);
        Assert.Empty(await _host.Services.GetRequiredService<RegisteredWorkbooks>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RegisterWorkbook_PathLikeId_Answers400()
    {
        var answer = await Register("../portfolio.xlsx", "cto@example.org");

        Assert.Equal(400, answer.Status);
        Assert.Contains("workbookId", answer.Body.GetProperty("errors").ToString());
    }

    public void Dispose() => _host.Dispose();

    private async Task<Answer> Register(string workbookId, string caller)
    {
        var request = _host.Request("POST", "/api/workbooks", caller, new JsonObject { ["workbookId"] = workbookId }.ToJsonString());
        return await Answer.Of(await _host.Function<WorkbooksApi>().RegisterWorkbook(request, CancellationToken.None), request);
    }
}
