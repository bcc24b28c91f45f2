using Azure.Core;
using Microsoft.Extensions.Configuration;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>
/// Runs the command line in-process with captured output, a fake clock, predictable ids, no environment settings and
/// a signed-in identity that tests choose (cto@example.org unless told).
/// </summary>
public sealed class CliHarness
{
    private int _ids;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));

    /// <summary>The signed-in identity handed to every run.</summary>
    public TokenCredential Credential { get; set; } = SignedInCredential.As("cto@example.org");

    /// <summary>The WorkbookIds handed out so far, in order.</summary>
    public List<Guid> WorkbookIds { get; } = [];

    /// <summary>The source local workbook files are read and saved through (CliContext.Workbooks); the real one unless a test wraps it.</summary>
    public IWorkbookSource Workbooks { get; set; } = new OfficeGovernance.Infrastructure.Workbooks.PathWorkbookSource();

    /// <summary>The settings verbs read (CliContext.Settings) instead of the environment's; none unless a test sets them.</summary>
    public IConfiguration Settings { get; init; } = new ConfigurationBuilder().Build();

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var credential = Credential;
        var context = new CliContext(output, error, Time, () => $"decision-{Interlocked.Increment(ref _ids):D4}")
        {
            NewWorkbookId = NextWorkbookId,
            Settings = Settings,
            Workbooks = Workbooks,
            Credential = new Lazy<TokenCredential>(() => credential),
        };
        var code = await CommandLineApp.RunAsync(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    // Fresh each time: the Table Storage tests share one Azurite, where a WorkbookId is a partition.
    private Guid NextWorkbookId()
    {
        var id = Guid.NewGuid();
        lock (WorkbookIds)
        {
            WorkbookIds.Add(id);
        }
        return id;
    }
}
