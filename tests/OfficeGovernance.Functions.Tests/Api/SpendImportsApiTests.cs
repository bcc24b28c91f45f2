using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeGovernance.Cli.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Api;

/// <summary>
/// POST /api/spend-imports through serve (docs/rules.md#cost-import), with the FinOps Foundation's FOCUS 1.0 sample
/// (CC BY 4.0; tests/data/focus/README.md) as the body.
/// </summary>
public sealed class SpendImportsApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static readonly byte[] Sample = File.ReadAllBytes(RepositoryRoot.PathOf("tests/data/focus/focus-1.0-sample.csv"));

    [Fact]
    public async Task SpendImports_SampleTwice_ImportsOnceThenSaysUnchangedAndSavesNothing()
    {
        var id = api.Store("spend-import-twice.xlsx");
        var path = Path.Combine(api.WorkbooksDirectory, id);

        var first = await Post(id, Sample);
        var afterFirst = await File.ReadAllBytesAsync(path);
        var second = await Post(id, Sample);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var document = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1000, document.GetProperty("charges").GetInt64());
        Assert.False(document.GetProperty("unchanged").GetBoolean());
        Assert.Equal(3, document.GetProperty("sources").GetArrayLength());
        var unallocated = document.GetProperty("unallocated");
        Assert.Equal(unallocated.GetProperty("total").GetDecimal(), unallocated.GetProperty("byService").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()));
        Assert.True((await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetBoolean());
        Assert.Equal(afterFirst, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task SpendImports_ChargeInAnotherCurrency_400NamingTheRowAndTheWorkbookUnchanged()
    {
        var id = api.Store("spend-import-eur.xlsx");
        var before = await File.ReadAllBytesAsync(Path.Combine(api.WorkbooksDirectory, id));
        var export = Path.GetTempFileName();
        await FocusFiles.WriteAsync(export, "1.3", "csv", [new("2026-11-02 00:00:00", 5m, Currency: "EUR")]);

        var response = await Post(id, await File.ReadAllBytesAsync(export), "eur.csv");
        File.Delete(export);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("eur.csv[BillingCurrency] row 2", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await File.ReadAllBytesAsync(Path.Combine(api.WorkbooksDirectory, id)));
    }

    [Fact]
    public async Task SpendImports_UnknownWorkbook_404()
    {
        var response = await Post("no-such-workbook.xlsx", Sample);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> Post(string id, byte[] body, string fileName = "focus.csv")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return api.ClientAs().PostAsync($"/api/spend-imports?workbookId={id}&fileName={fileName}", content);
    }
}
