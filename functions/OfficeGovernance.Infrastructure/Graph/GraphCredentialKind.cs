namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>How the backend authenticates to Microsoft Graph (the <c>Graph:Credential</c> setting, docs/rules.md#weekly-run-through-graph).</summary>
public enum GraphCredentialKind
{
    /// <summary>The Function App's managed identity (the production choice).</summary>
    ManagedIdentity,
    /// <summary>Azure.Identity's <c>DefaultAzureCredential</c> chain (developer sign-in, environment, managed identity).</summary>
    Default,
    /// <summary>No token at all: accepted only for a loopback base URL (a local fake Graph).</summary>
    None,
}
