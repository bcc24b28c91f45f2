namespace OfficeGovernance.Functions.Http;

/// <summary>
/// <c>Auth:*</c> settings (PRODUCT.md section 5): the Entra ID tenant and API whose tokens are accepted.
/// <see cref="TenantId"/> and <see cref="Audience"/> are required unless <see cref="DevelopmentIdentity"/> is set.
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Auth";

    /// <summary>The Entra ID authority host; the tenant's metadata is at Instance + TenantId + /v2.0/.well-known/openid-configuration.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The directory (tenant) id whose tokens are accepted.</summary>
    public string? TenantId { get; set; }

    /// <summary>The API's application id URI (<c>api://...</c>): the tokens' <c>aud</c>.</summary>
    public string? Audience { get; set; }

    /// <summary>
    /// The API app registration's client id: also accepted as <c>aud</c>, and the client of the on-behalf-of exchange
    /// (its credential is a federated credential of the app's managed identity, so no secret exists).
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// An email that requests without a token act as; honoured only by <c>serve</c> listening on loopback alone
    /// (start-up fails otherwise, and the Functions app refuses it always). Never set it in Azure.
    /// </summary>
    public string? DevelopmentIdentity { get; set; }

    /// <summary>The issuer of the tenant's v2.0 tokens.</summary>
    public string Issuer => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";

    /// <summary>The OpenID configuration address of the tenant.</summary>
    public string MetadataAddress => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0/.well-known/openid-configuration";
}

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
}

/// <summary>Where portfolio workbooks live (the <c>Workbooks:Store</c> setting).</summary>
public enum WorkbookStoreKind
{
    /// <summary>.xlsx files in <c>Workbooks:Directory</c>; weekly status as .eml files (the embedded default).</summary>
    Local,
    /// <summary>OneDrive or SharePoint through Graph; weekly status sent with Graph sendMail and recorded in Table Storage.</summary>
    Graph,
}

/// <summary><c>Workbooks:*</c> settings: Graph (in Azure) or a local folder of .xlsx files.</summary>
public sealed class WorkbooksOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Workbooks";

    /// <summary>Where workbooks live; Local unless set.</summary>
    public WorkbookStoreKind Store { get; set; } = WorkbookStoreKind.Local;

    /// <summary>The local folder; a workbook id is a file name in it (Store Local only).</summary>
    public string Directory { get; set; } = "./data/workbooks";
}
