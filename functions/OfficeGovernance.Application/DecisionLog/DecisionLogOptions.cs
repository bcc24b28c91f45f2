namespace OfficeGovernance.Application.DecisionLog;

/// <summary><c>DecisionLog:*</c> settings: Table Storage when a connection or endpoint is set, else JSON Lines files.</summary>
public sealed class DecisionLogOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DecisionLog";

    /// <summary>An Azure Storage connection string (selects Table Storage).</summary>
    public string? TableConnection { get; set; }

    /// <summary>An https Table endpoint reached with managed identity (selects Table Storage).</summary>
    public string? TableEndpoint { get; set; }

    /// <summary>The folder of the JSON Lines logs, one <c>escaped-workbookId.decisions.jsonl</c> per workbook.</summary>
    public string Directory { get; set; } = "./data/decisions";

    /// <summary>
    /// <c>DecisionLog:MaxTextLength</c>: the most characters a decision's Why, What, RiskNote or RequestedBy may hold
    /// (default 4,000; longer is 400 naming the field). The same default holds for the CLI's <c>decide</c>.
    /// </summary>
    public int MaxTextLength { get; set; } = Domain.DecisionLog.DecisionTextLimit.DefaultMaxLength;
}
