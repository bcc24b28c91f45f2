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

    /// <summary>
    /// <c>DecisionLog:AnchorContainerUri</c>: the https URI of the blob container (with a time-based immutability
    /// policy) where the weekly run appends each log's head, reached with managed identity (docs/rules.md#decision-log).
    /// </summary>
    public string? AnchorContainerUri { get; set; }

    /// <summary><c>DecisionLog:AnchorConnection</c>: a Storage connection string for the anchor container instead (Azurite, a developer's machine).</summary>
    public string? AnchorConnection { get; set; }

    /// <summary>The folder of the JSON Lines logs, one <c>escaped-workbookId.decisions.jsonl</c> per workbook.</summary>
    public string Directory { get; set; } = "./data/decisions";

    /// <summary>
    /// <c>DecisionLog:MaxTextLength</c>: the most characters a decision's Why, What, RiskNote or RequestedBy may hold
    /// (default 4,000; longer is 400 naming the field). The same default holds for the CLI's <c>decide</c>.
    /// </summary>
    public int MaxTextLength { get; set; } = Domain.DecisionLog.DecisionTextLimit.DefaultMaxLength;

    /// <summary>The default of <see cref="PageSize"/>: 500 entries.</summary>
    public const int DefaultPageSize = 500;

    /// <summary>
    /// <c>DecisionLog:PageSize</c>: the default and the largest <c>limit</c> of <c>GET /api/decisions</c>, in entries
    /// (default 500; a <c>limit</c> outside 1 to this is 400 naming it). A page at the 4,000-character text limit is
    /// about 2 MB per 500 entries (docs/rules.md#decision-log, list).
    /// </summary>
    public int PageSize { get; set; } = DefaultPageSize;
}
