using Azure.Data.Tables;
using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// Resolves where a workbook's decision log lives (docs/rules.md#decision-log). In order: the <c>--decision-log</c> value
/// (a file path selects the embedded JSON Lines store; an Azure Storage connection string, such as
/// <c>UseDevelopmentStorage=true</c> or <c>DefaultEndpointsProtocol=...;TableEndpoint=...</c>, selects Table Storage);
/// else the settings <c>DecisionLog:TableConnection</c> (a connection string) or <c>DecisionLog:TableEndpoint</c>
/// (an https endpoint reached with the context's signed-in credential), the function app's keys, from the environment
/// as <c>DecisionLog__TableConnection</c> and <c>DecisionLog__TableEndpoint</c>; else <c>&lt;workbook&gt;.decisions.jsonl</c>
/// beside the workbook. In Table Storage, the shared log, the partition is the workbook's <c>Settings.WorkbookId</c>:
/// the same chain for the CLI, the API and the weekly run, whatever the file is called or wherever it is.
/// </summary>
public static class DecisionLogLocation
{
    /// <summary>The setting that names a Table Storage connection string.</summary>
    public const string TableConnectionSetting = DecisionLogOptions.Section + ":" + nameof(DecisionLogOptions.TableConnection);

    /// <summary>The setting that names a Table Storage endpoint reached with the signed-in credential.</summary>
    public const string TableEndpointSetting = DecisionLogOptions.Section + ":" + nameof(DecisionLogOptions.TableEndpoint);

    /// <summary>True when the log is in Table Storage (shared), so a decision needs a WorkbookId and a signed-in approver.</summary>
    public static bool IsShared(string? value, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return string.IsNullOrWhiteSpace(value)
            ? context.Settings[TableConnectionSetting] is { Length: > 0 } || context.Settings[TableEndpointSetting] is { Length: > 0 }
            : IsConnectionString(value);
    }

    /// <summary>
    /// Opens the decision log of a workbook whose Settings the caller has read, as a <see cref="BoundDecisionLog"/>
    /// presenting the workbook's full path (an unkeyed shared log excepted).
    /// </summary>
    /// <param name="value">The <c>--decision-log</c> value, or null.</param>
    /// <param name="workbookPath">The workbook's path (names the embedded log beside it).</param>
    /// <param name="settings">The workbook's Settings; a shared log without a WorkbookId is an <see cref="UnkeyedDecisionLog"/>.</param>
    /// <param name="context">Settings and credential.</param>
    /// <exception cref="ArgumentException">A connection string or endpoint is malformed (the message never shows a key).</exception>
    public static IDecisionLogStore Open(string? value, string workbookPath, PortfolioSettings settings, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(context);
        // The stored workbook the CLI presents is the file itself, by full path: the binding of docs/rules.md#decision-log.
        // The service is made before the WorkbookId is looked at, so a malformed connection string fails either way.
        var tables = IsShared(value, context) ? Tables(value, context) : null;
        var file = string.IsNullOrWhiteSpace(value) ? JsonLinesDecisionLogStore.DefaultPathFor(workbookPath) : value;
        return DecisionLogStores.Open(tables, file, settings, Path.GetFullPath(workbookPath), Path.GetFileName(workbookPath));
    }

    /// <summary>
    /// Opens the decision log of a workbook, reading only its Settings table, and only when the log is shared: a log
    /// stays readable and verifiable while the rest of the workbook is broken.
    /// </summary>
    /// <exception cref="ArgumentException">A connection string or endpoint is malformed.</exception>
    /// <exception cref="WorkbookValidationException">The log is shared and the workbook or its Settings cannot be read.</exception>
    public static IDecisionLogStore OpenReadingSettings(string? value, string workbookPath, CliContext context)
    {
        if (!IsShared(value, context))
        {
            return Open(value, workbookPath, new PortfolioSettings(), context);
        }
        return Open(value, workbookPath, PortfolioWorkbookFile.LoadSettings(workbookPath), context);
    }

    /// <summary>
    /// The anchor store of the log heads (docs/rules.md#decision-log, the anchor), chosen by the same settings as the
    /// weekly run's writer: <c>DecisionLog:AnchorContainerUri</c> (reached with the signed-in credential) or
    /// <c>DecisionLog:AnchorConnection</c>; <see cref="NoLogHeadAnchor"/> when neither is set.
    /// </summary>
    /// <exception cref="ArgumentException">A setting is malformed; names it.</exception>
    public static ILogHeadAnchor Anchor(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return LogHeadAnchors.Create(new DecisionLogOptions
        {
            AnchorContainerUri = context.Settings[DecisionLogOptions.Section + ":" + nameof(DecisionLogOptions.AnchorContainerUri)],
            AnchorConnection = context.Settings[DecisionLogOptions.Section + ":" + nameof(DecisionLogOptions.AnchorConnection)],
        }, () => context.Credential.Value);
    }

    /// <summary>True for values such as <c>UseDevelopmentStorage=true</c> or <c>DefaultEndpointsProtocol=...;TableEndpoint=...</c>.</summary>
    public static bool IsConnectionString(string value) =>
        value.Contains("UseDevelopmentStorage=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("TableEndpoint=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("DefaultEndpointsProtocol=", StringComparison.OrdinalIgnoreCase)
        || value.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase);

    // The shared log's service, in the order the type documents; called only when IsShared holds.
    private static TableServiceClient Tables(string? value, CliContext context) =>
        !string.IsNullOrWhiteSpace(value) ? TableStorageClients.Create(value)
        : DecisionLogStores.Tables(context.Settings[TableConnectionSetting], context.Settings[TableEndpointSetting],
            () => context.Credential.Value, TableEndpointSetting)!;
}
