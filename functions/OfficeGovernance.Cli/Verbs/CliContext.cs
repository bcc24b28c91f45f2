namespace OfficeGovernance.Cli.Verbs;

/// <summary>What a verb needs from its surroundings: where to write, the clock, and new ids.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: problems.</param>
/// <param name="Time">The clock (UTC); tests pass a fake.</param>
/// <param name="NewId">Makes a new decision id; tests pass a deterministic one.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, Func<string> NewId)
{
    /// <summary>
    /// The settings of verbs that run the Functions app's services (<c>weekly-status --drive-item</c>), with the keys
    /// the function app reads (<c>Workbooks:Store</c>, <c>Graph:*</c>, <c>DecisionLog:*</c>, <c>WeeklyStatus:*</c>);
    /// null reads environment variables (<c>__</c> for <c>:</c>) and appsettings.json beside the executable. Tests
    /// pass in-memory settings.
    /// </summary>
    public IConfiguration? Settings { get; init; }

    /// <summary>The console, the system clock and random GUIDs.</summary>
    public static CliContext Console() =>
        new(System.Console.Out, System.Console.Error, TimeProvider.System, () => Guid.NewGuid().ToString("N"));
}
