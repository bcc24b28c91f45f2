namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>What a finished process printed and returned.</summary>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
