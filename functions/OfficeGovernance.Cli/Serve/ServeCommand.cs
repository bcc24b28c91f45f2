using System.CommandLine;
using Microsoft.Extensions.Options;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Serve;

/// <summary><c>serve [--urls U]</c>: the HTTP API on Kestrel (docs/rules.md#command-line), until stopped.</summary>
public static class ServeCommand
{
    /// <summary>The verb.</summary>
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = $"Addresses to listen on, ';'-separated (default {HostBinding.DefaultUrls})." };
        var command = new Command("serve", "Serves the HTTP API of the Functions app on loopback, for local use and tests.") { urls };
        command.SetAction(async (result, cancellationToken) =>
        {
            var args = new[] { "--urls", result.GetValue(urls) is { Length: > 0 } u ? u : HostBinding.DefaultUrls };
            try
            {
                await ServeHost.CreateHostBuilder(args).Build().RunAsync(cancellationToken);
                return ExitCodes.Done;
            }
            catch (OptionsValidationException invalid)
            {
                foreach (var failure in invalid.Failures)
                {
                    await context.Error.WriteLineAsync(failure);
                }
                return ExitCodes.InvalidInput;
            }
        });
        return command;
    }
}
