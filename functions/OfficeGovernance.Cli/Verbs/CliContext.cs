using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;
using Azure.Core;
using Azure.Identity;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>What a verb needs from its surroundings: where to write, the clock, new ids, settings and the signed-in identity.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: problems.</param>
/// <param name="Time">The clock (UTC); tests pass a fake.</param>
/// <param name="NewId">Makes a new decision id; tests pass a deterministic one.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, Func<string> NewId)
{
    /// <summary>Makes the <c>Settings.WorkbookId</c> written on the first write into a workbook (docs/rules.md#workbook-contract).</summary>
    public Func<Guid> NewWorkbookId { get; init; } = Guid.NewGuid;

    /// <summary>
    /// Local workbook files named by path, read and saved through a <see cref="WorkbookRoundTrip"/> (an exclusive
    /// <c>F.xlsx.writing</c> file, the SHA-256 eTag compared, one move); tests wrap it to count saves or edit in between.
    /// </summary>
    public IWorkbookSource Workbooks { get; init; } = new PathWorkbookSource();

    /// <summary>The package reader and writer of the .xlsx files the verbs read and save.</summary>
    public IWorkbookPackage Package { get; init; } = new OpenXmlWorkbookPackage();

    /// <summary>
    /// The settings, with the keys the function app reads (<c>DecisionLog:TableConnection</c>, <c>Workbooks:Store</c>,
    /// <c>Graph:*</c>, <c>WeeklyStatus:*</c>): by default appsettings.json beside the executable, then environment
    /// variables (<c>__</c> for <c>:</c>, as in <c>DecisionLog__TableConnection</c>). Tests pass in-memory settings.
    /// </summary>
    public IConfiguration Settings { get; init; } = new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>
    /// The signed-in identity: reaches Table Storage by endpoint and names the approver of a decision in a shared log
    /// (docs/rules.md#decision-rights). Created on first use, so verbs that need none never look for one.
    /// </summary>
    public Lazy<TokenCredential> Credential { get; init; } = new(() => new DefaultAzureCredential());

    /// <summary>The console, the system clock, random GUIDs, the default settings and <see cref="DefaultAzureCredential"/>.</summary>
    public static CliContext Console() =>
        new(System.Console.Out, System.Console.Error, TimeProvider.System, () => Guid.NewGuid().ToString("N"));
}
