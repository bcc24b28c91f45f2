using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Workbooks;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Functions.Tests.Http.Workbooks;

/// <summary>
/// The shared decision log (Table Storage in Azurite) is keyed by the stored workbook's Settings.WorkbookId
/// (docs/rules.md#workbook-contract): written once by the system, kept by a renamed or copied file.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class SharedDecisionLogTests(AzuriteFixture azurite) : IDisposable
{
    private FunctionsHost? _host;

    private FunctionsHost Host => _host ??= new FunctionsHost(new Dictionary<string, string?>
    {
        ["DecisionLog:TableConnection"] = azurite.ConnectionString,
    });

    public void Dispose() => _host?.Dispose();

    [Fact]
    public async Task Decide_WorkbookWithoutWorkbookId_WritesOneOnceAndLogsUnderIt()
    {
        Host.Store("portfolio.xlsx", Sample.WithoutWorkbookId());

        Assert.Equal(201, (await Decide("portfolio.xlsx")).Status);
        var id = StoredWorkbookId("portfolio.xlsx");
        Assert.Equal(201, (await Decide("portfolio.xlsx")).Status);

        Assert.Equal(id, StoredWorkbookId("portfolio.xlsx"));
        Assert.Equal(2, (await Log(id).ReadAllAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Decide_WorkbookWithoutWorkbookIdChangedBeforeItsIdIsSaved_Answers409LogsNothingAndKeepsTheOtherEdit()
    {
        CountingWorkbookSource? source = null;
        _host = new FunctionsHost(new Dictionary<string, string?> { ["DecisionLog:TableConnection"] = azurite.ConnectionString },
            services => services.AddSingleton<IWorkbookSource>(provider =>
                source = new CountingWorkbookSource(provider.GetRequiredService<LocalWorkbookSource>())));
        Host.Store("portfolio.xlsx", Sample.WithoutWorkbookId());
        var otherEdit = Sample.WithWorkbookId();
        source = (CountingWorkbookSource)Host.Services.GetRequiredService<IWorkbookSource>();
        source.BeforeSave = () => File.WriteAllBytesAsync(Path.Combine(Host.WorkbooksDirectory, "portfolio.xlsx"), otherEdit);

        var decided = await Decide("portfolio.xlsx");

        Assert.Equal(409, decided.Status);
        Assert.Equal("The workbook changed while the decision was recorded.", decided.Body.GetProperty("title").GetString());
        Assert.Equal(1, source.Saves);
        Assert.Equal(otherEdit, File.ReadAllBytes(Path.Combine(Host.WorkbooksDirectory, "portfolio.xlsx")));
        Assert.Empty(await Log(StoredWorkbookId("portfolio.xlsx")).ReadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ListDecisions_CopyUnderAnotherName_SeesTheSameLog()
    {
        var bytes = Sample.WithWorkbookId();
        Host.Store("portfolio.xlsx", bytes);
        var decided = await Decide("portfolio.xlsx");
        Host.Store("portfolio (copy).xlsx", File.ReadAllBytes(Path.Combine(Host.WorkbooksDirectory, "portfolio.xlsx")));

        var listed = await List("portfolio (copy).xlsx");

        Assert.Equal(200, listed.Status);
        Assert.Equal(decided.Body.GetProperty("decisionId").GetString(), Assert.Single(listed.Body.GetProperty("entries").EnumerateArray()).GetProperty("decisionId").GetString());
    }

    [Fact]
    public async Task ListDecisions_WorkbookWithoutWorkbookId_ListsNothingAndWritesNothing()
    {
        var bytes = Sample.WithoutWorkbookId();
        Host.Store("portfolio.xlsx", bytes);

        var listed = await List("portfolio.xlsx");

        Assert.Equal(200, listed.Status);
        Assert.Empty(listed.Body.GetProperty("entries").EnumerateArray());
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(Host.WorkbooksDirectory, "portfolio.xlsx")));
    }

    [Fact]
    public async Task ListDecisions_StoredWorkbookIdNotAGuid_Answers400NamingTheCell()
    {
        var bytes = XlsxPackage.EditText(Sample.Bytes, "xl/sharedStrings.xml",
            text => text.Replace(DecisionLogKey.Of(Sample.WorkbookId), "typed by hand", StringComparison.Ordinal));
        Host.Store("portfolio.xlsx", bytes);

        var listed = await List("portfolio.xlsx");

        Assert.Equal(400, listed.Status);
        Assert.Contains("Settings[Value]", listed.Body.GetRawText());
    }

    [Fact]
    public async Task Decide_CopyWithEditedRights_Answers409NamingTheOriginalAndWritesNothing()
    {
        var id = Guid.NewGuid();
        Host.Store("portfolio.xlsx", Sample.WithWorkbookId(id));
        Assert.Equal(201, (await Decide("portfolio.xlsx")).Status);
        // Finding 1 of issue 23: a reader copies the workbook and entitles themselves in the copy's DecisionRights.
        var copy = XlsxPackage.EditText(File.ReadAllBytes(Path.Combine(Host.WorkbooksDirectory, "portfolio.xlsx")),
            "xl/sharedStrings.xml", text => text.Replace("cto@example.org", "mallory@example.org", StringComparison.Ordinal));
        Host.Store("portfolio (copy).xlsx", copy);

        var onOriginal = await Decide("portfolio.xlsx", "mallory@example.org");
        var onCopy = await Decide("portfolio (copy).xlsx", "mallory@example.org");

        Assert.Equal(403, onOriginal.Status);
        Assert.Equal(409, onCopy.Status);
        Assert.Equal("portfolio.xlsx", onCopy.Body.GetProperty("boundWorkbook").GetString());
        Assert.Contains("clear Settings.WorkbookId", onCopy.Body.GetProperty("detail").GetString());
        Assert.Single(await Log(id).ReadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Decide_SameIdempotencyKeyTwice_Answers200WithTheFirstEntryAndWritesOnce()
    {
        var id = Guid.NewGuid();
        Host.Store("portfolio.xlsx", Sample.WithWorkbookId(id));

        var first = await Decide("portfolio.xlsx", idempotencyKey: "retry-1");
        var second = await Decide("portfolio.xlsx", idempotencyKey: "retry-1");

        Assert.Equal(201, first.Status);
        Assert.Equal(200, second.Status);
        Assert.Equal(first.Body.GetProperty("decisionId").GetString(), second.Body.GetProperty("decisionId").GetString());
        Assert.Single(await Log(id).ReadAllAsync(CancellationToken.None));
    }

    private Guid StoredWorkbookId(string name) =>
        PortfolioWorkbookFile.ParseSettings(File.ReadAllBytes(Path.Combine(Host.WorkbooksDirectory, name)), name).WorkbookId
        ?? throw new Xunit.Sdk.XunitException($"{name} has no WorkbookId");

    private TableStorageDecisionLogStore Log(Guid id) =>
        new(new TableServiceClient(azurite.ConnectionString), DecisionLogKey.Of(id));

    private async Task<Answer> Decide(string workbookId, string caller = "cto@example.org", string? idempotencyKey = null)
    {
        var body = new JsonObject
        {
            ["workbookId"] = workbookId, ["initiativeId"] = "DOC-0228", ["type"] = "Continue", ["why"] = "on target",
        };
        var request = Host.Request("POST", "/api/decisions", caller, body.ToJsonString());
        if (idempotencyKey is not null)
        {
            request.Headers["Idempotency-Key"] = idempotencyKey;
        }
        return await Answer.Of(await Host.Function<DecisionsApi>().Decide(request, CancellationToken.None), request);
    }

    private async Task<Answer> List(string workbookId)
    {
        var request = Host.Request("GET", $"/api/decisions?workbookId={Uri.EscapeDataString(workbookId)}");
        return await Answer.Of(await Host.Function<DecisionsApi>().ListDecisions(request, CancellationToken.None), request);
    }
}
