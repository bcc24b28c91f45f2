using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// <c>GET /api/decisions?workbookId=&amp;after=&amp;limit=</c> answers one page of the log and the cursor of the next
/// (docs/rules.md#decision-log, list), the whole log held to the workbook's copy in the same streamed pass.
/// </summary>
public sealed class DecisionsPagingApiTests : IDisposable
{
    private readonly FunctionsHost _host = new(new Dictionary<string, string?> { ["DecisionLog:PageSize"] = "4" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task List_TenEntriesPagesOfFour_ThreePagesWithTheirCursorsAndEveryEntryOnce()
    {
        var chain = StoreWithLog(10);

        var first = await List("");
        var second = await List($"&after={first.Body.GetProperty("nextAfter").GetInt64()}");
        var third = await List($"&after={second.Body.GetProperty("nextAfter").GetInt64()}");

        Assert.Equal([1L, 2, 3, 4], Sequences(first));
        Assert.Equal(4, first.Body.GetProperty("nextAfter").GetInt64());
        Assert.Equal([5L, 6, 7, 8], Sequences(second));
        Assert.Equal([9L, 10], Sequences(third));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, third.Body.GetProperty("nextAfter").ValueKind);
        Assert.Equal(chain[9].Hash, third.Body.GetProperty("entries")[1].GetProperty("hash").GetString());
    }

    [Fact]
    public async Task List_LimitBelowTheMaximum_ThatManyEntries()
    {
        StoreWithLog(10);

        var page = await List("&after=8&limit=1");

        Assert.Equal([9L], Sequences(page));
        Assert.Equal(9, page.Body.GetProperty("nextAfter").GetInt64());
    }

    [Fact]
    public async Task List_PageEndingExactlyAtTheLastEntry_NextAfterIsNull()
    {
        StoreWithLog(8);

        var page = await List("&after=4");

        Assert.Equal([5L, 6, 7, 8], Sequences(page));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.Body.GetProperty("nextAfter").ValueKind);
    }

    [Theory]
    [InlineData("&limit=0", "limit: '0' is not a page size; give a whole number from 1 to 4 (DecisionLog:PageSize).")]
    [InlineData("&limit=5", "limit: '5' is not a page size; give a whole number from 1 to 4 (DecisionLog:PageSize).")]
    [InlineData("&limit=many", "limit: 'many' is not a page size; give a whole number from 1 to 4 (DecisionLog:PageSize).")]
    [InlineData("&after=-1", "after: '-1' is not a sequence; give a whole number 0 or more (the nextAfter of the previous page).")]
    public async Task List_PagingOutOfRange_Answers400NamingTheParameter(string query, string error)
    {
        StoreWithLog(2);

        var answer = await List(query);

        Assert.Equal(400, answer.Status);
        Assert.Equal(error, answer.Body.GetProperty("errors")[0].GetString());
    }

    private IReadOnlyList<DecisionEntry> StoreWithLog(int entries)
    {
        _host.Store("portfolio.xlsx");
        var chain = DecisionDraftBuilder.Chain(entries);
        Directory.CreateDirectory(Path.Combine(_host.Root, "decisions"));
        File.WriteAllLines(Path.Combine(_host.Root, "decisions", "portfolio.xlsx.decisions.jsonl"), chain.Select(DecisionLogEntryJson.Serialize));
        return chain;
    }

    private static long[] Sequences(Answer answer) =>
        answer.Body.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()).ToArray();

    private async Task<Answer> List(string query)
    {
        var request = _host.Request("GET", "/api/decisions?workbookId=portfolio.xlsx" + query);
        return await Answer.Of(await _host.Function<DecisionsApi>().ListDecisions(request, CancellationToken.None), request);
    }
}
