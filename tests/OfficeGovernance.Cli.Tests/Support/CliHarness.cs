using Microsoft.Extensions.Configuration;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>Runs the command line in-process with captured output, a fake clock and predictable ids.</summary>
public sealed class CliHarness
{
    private int _ids;

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));

    /// <summary>The settings verbs read instead of environment variables (CliContext.Settings); null reads the environment.</summary>
    public IConfiguration? Settings { get; init; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, Time, () => $"decision-{Interlocked.Increment(ref _ids):D4}")
        {
            Settings = Settings,
        };
        var code = await CommandLineApp.RunAsync(args, context);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

public sealed record CliResult(int ExitCode, string Output, string Error);
