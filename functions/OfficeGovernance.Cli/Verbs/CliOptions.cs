using System.CommandLine;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>Options shared by several verbs, so each is spelled and described once.</summary>
internal static class CliOptions
{
    public static Option<FileInfo> Workbook() => new("--workbook")
    {
        Description = "The portfolio workbook (.xlsx).",
        Required = true,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The as-of date, yyyy-mm-dd, in the workbook time zone (default: today there).",
    };

    public static Option<string?> DecisionLog() => new("--decision-log")
    {
        Description = "The decision log: a file path (default <workbook>.decisions.jsonl) or an Azure Storage connection string.",
    };

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json");
}
