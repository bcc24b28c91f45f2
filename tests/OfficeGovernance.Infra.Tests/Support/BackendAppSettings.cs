namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>
/// The app settings the backend reads in Azure: the backend's options (Auth, DecisionLog, Workbooks, Graph,
/// WeeklyStatus) and what the Functions host and the Azure SDKs read. A test reflects over the options types, so a
/// setting added there and not sorted here fails (Templates/BackendOptionsTests.cs).
/// </summary>
public static class BackendAppSettings
{
    /// <summary>Set in every deployment.</summary>
    public static IReadOnlySet<string> Required { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Functions host storage through the managed identity; the weekly queue trigger uses this connection.
        "AzureWebJobsStorage__credential",
        "AzureWebJobsStorage__clientId",
        "AzureWebJobsStorage__blobServiceUri",
        "AzureWebJobsStorage__queueServiceUri",
        "AzureWebJobsStorage__tableServiceUri",
        // Telemetry with Entra authentication (local auth is off).
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
        // The user-assigned identity every Azure credential of the app uses.
        "AZURE_CLIENT_ID",
        "Auth__TenantId",
        "Auth__Audience",
        "Auth__ClientId",
        "DecisionLog__TableEndpoint",
        "DecisionLog__AnchorContainerUri",
        "Workbooks__Store",
        "Graph__Credential",
        "WeeklyStatus__Schedule",
    };

    /// <summary>Set only when the azd environment gives a value; the backend has a default.</summary>
    public static IReadOnlySet<string> Optional { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Graph__BaseUrl",
        "WeeklyStatus__MaxAttempts",
        "WeeklyStatus__Workbooks",
        "WeeklyStatus__SyncAgents",
        "DecisionLog__MaxTextLength",
        "DecisionLog__PageSize",
        "Http__MaxRequestBytes",
        "Http__MaxTableRows",
        "Http__MaxRequestCells",
        "Http__MaxJsonDepth",
    };

    /// <summary>For a developer's machine only: never set in Azure.</summary>
    public static IReadOnlySet<string> LocalOnly { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Auth__DevelopmentIdentity",
        "Auth__Instance",
        "DecisionLog__TableConnection",
        "DecisionLog__AnchorConnection",
        "DecisionLog__Directory",
        "Workbooks__Directory",
        "WeeklyStatus__Outbox",
    };

    /// <summary>Options properties filled from another app setting rather than from their own section's name.</summary>
    public static IReadOnlyDictionary<string, string> FromOtherSettings { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Graph__ManagedIdentityClientId"] = "AZURE_CLIENT_ID",
    };
}
