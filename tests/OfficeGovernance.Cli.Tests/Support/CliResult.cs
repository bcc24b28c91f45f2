namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>What one command line run did: its exit code and what it wrote to standard output and error.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error);
