namespace OfficeGovernance.Infrastructure.Graph;

/// <summary><c>Graph:*</c> settings (docs/rules.md#weekly-run-through-graph), turned into validated Infrastructure GraphSettings.</summary>
public sealed class GraphOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Graph";

    /// <summary>Graph's base URL up to the version; https://graph.microsoft.com/v1.0 unless set.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>ManagedIdentity (default), Default, or None (only for a loopback base URL).</summary>
    public string? Credential { get; set; }

    /// <summary>The user-assigned managed identity's client id; bound from the app setting <c>AZURE_CLIENT_ID</c>, not from this section.</summary>
    public string? ManagedIdentityClientId { get; set; }
}
