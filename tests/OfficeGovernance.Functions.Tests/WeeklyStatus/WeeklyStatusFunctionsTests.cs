using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using OfficeGovernance.Functions.Tests.Support;
using OfficeGovernance.Functions.WeeklyStatus;

namespace OfficeGovernance.Functions.Tests.WeeklyStatus;

/// <summary>The timer and the queue function invoked directly, with local workbooks and the .eml outbox.</summary>
public sealed class WeeklyStatusFunctionsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WeeklyStatus_RegisteredWorkbooks_EnqueuesEachOnceInOrder()
    {
        using var host = Host("b.xlsx; a.xlsx;b.xlsx;");

        var messages = await host.Function<WeeklyStatusFunctions>().WeeklyStatus(Timer(), CancellationToken.None);

        Assert.Equal(["b.xlsx", "a.xlsx"], messages);
    }

    [Fact]
    public async Task WeeklyStatus_NothingRegistered_EnqueuesNothing()
    {
        using var host = Host("");

        Assert.Empty(await host.Function<WeeklyStatusFunctions>().WeeklyStatus(Timer(), CancellationToken.None));
    }

    [Fact]
    public async Task WeeklyStatusWorkbook_Message_WritesReviewTablesAndSendsTheWeeksEmails()
    {
        using var host = Host("portfolio.xlsx");
        host.Store("portfolio.xlsx");

        await host.Function<WeeklyStatusFunctions>().WeeklyStatusWorkbook("portfolio.xlsx", CancellationToken.None);

        var names = WorkbookTables.Names(File.ReadAllBytes(Path.Combine(host.WorkbooksDirectory, "portfolio.xlsx")));
        Assert.Contains("Review", names);
        Assert.Contains("PortfolioSummary", names);
        Assert.Contains("Initiatives", names);
        Assert.True(Emails(host).Length > 1);
    }

    [Fact]
    public async Task WeeklyStatusWorkbook_SameMessageTwice_SendsNothingTwice()
    {
        using var host = Host("portfolio.xlsx");
        host.Store("portfolio.xlsx");
        var function = host.Function<WeeklyStatusFunctions>();

        await function.WeeklyStatusWorkbook("portfolio.xlsx", CancellationToken.None);
        var first = Emails(host);
        await function.WeeklyStatusWorkbook("portfolio.xlsx", CancellationToken.None);

        Assert.True(first.Length > 1);
        Assert.Equal(first, Emails(host));
    }

    [Fact]
    public async Task WeeklyStatusWorkbook_MissingWorkbook_ThrowsSoTheQueueRetriesAndOthersStillRun()
    {
        using var host = Host("missing.xlsx;portfolio.xlsx");
        host.Store("portfolio.xlsx");
        var function = host.Function<WeeklyStatusFunctions>();

        await Assert.ThrowsAsync<FileNotFoundException>(() => function.WeeklyStatusWorkbook("missing.xlsx", CancellationToken.None));
        await function.WeeklyStatusWorkbook("portfolio.xlsx", CancellationToken.None);

        Assert.True(Emails(host).Length > 1);
    }

    private static FunctionsHost Host(string workbooks) => new(
        new Dictionary<string, string?> { ["WeeklyStatus:Workbooks"] = workbooks },
        services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Monday)));

    private static TimerInfo Timer() => new() { ScheduleStatus = new ScheduleStatus { Last = Monday.UtcDateTime.AddDays(-7), Next = Monday.UtcDateTime.AddDays(7) } };

    private static string[] Emails(FunctionsHost host) => Directory.Exists(host.OutboxDirectory)
        ? Directory.GetFiles(host.OutboxDirectory, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
        : [];
}
