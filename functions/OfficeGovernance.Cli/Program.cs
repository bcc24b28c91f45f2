using OfficeGovernance.Cli.Serve;
using OfficeGovernance.Cli.Verbs;

// The command line (docs/rules.md#command-line): one verb runs one job on local files and exits; `serve` hosts the
// Functions app's HTTP functions on Kestrel.
return await CommandLineApp.RunAsync(args);

/// <summary>The entry point; <see cref="CreateHostBuilder"/> is the serve host that WebApplicationFactory tests start.</summary>
public partial class Program
{
    /// <summary>The host of <c>serve</c> (<see cref="ServeHost.CreateHostBuilder"/>).</summary>
    public static IHostBuilder CreateHostBuilder(string[] args) => ServeHost.CreateHostBuilder(args);
}
