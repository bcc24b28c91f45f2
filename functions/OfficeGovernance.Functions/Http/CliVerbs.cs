namespace OfficeGovernance.Functions.Http;

/// <summary>Tells a command line verb from web host arguments such as <c>--urls</c> (PRODUCT.md section 5).</summary>
public static class CliVerbs
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "review", "decide", "decisions", "weekly-status", "finance-report", "classify", "import-inventory", "sample",
        "--help", "-h", "-?", "--version",
    };

    /// <summary>True when the first argument names a verb (or asks for help or the version).</summary>
    public static bool IsVerb(IReadOnlyList<string> args) => args.Count > 0 && Verbs.Contains(args[0]);
}
