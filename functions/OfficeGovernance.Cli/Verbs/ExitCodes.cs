namespace OfficeGovernance.Cli.Verbs;

/// <summary>The process exit codes of the command line (docs/rules.md#command-line).</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Done = 0;
    /// <summary>Anything else went wrong.</summary>
    public const int Failure = 1;
    /// <summary>Invalid input: stderr lists every problem and nothing was written.</summary>
    public const int InvalidInput = 2;
    /// <summary>A verify found a broken chain.</summary>
    public const int BrokenChain = 3;
    /// <summary>A decision was refused by decision rights; stderr says who could approve it.</summary>
    public const int Refused = 4;
}
