using Azure.Core;
using Azure.Identity;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>
/// The managed identity's token for <c>api://AzureADTokenExchange</c>, the assertion of the API app's federated
/// credential (ADR 0009). The user-assigned identity is the one named by <c>AZURE_CLIENT_ID</c>; without it, the
/// system-assigned one.
/// </summary>
/// <param name="configuration">Where <c>AZURE_CLIENT_ID</c> is read.</param>
public sealed class ManagedIdentityAssertion(IConfiguration configuration) : IClientAssertion
{
    private const string Audience = "api://AzureADTokenExchange/.default";

    private readonly Lazy<ManagedIdentityCredential> _credential = new(() =>
        new ManagedIdentityCredential(configuration["AZURE_CLIENT_ID"] is { Length: > 0 } clientId
            ? ManagedIdentityId.FromUserAssignedClientId(clientId)
            : ManagedIdentityId.SystemAssigned));

    /// <inheritdoc />
    public async Task<string> GetAsync(CancellationToken cancellationToken) =>
        (await _credential.Value.GetTokenAsync(new TokenRequestContext([Audience]), cancellationToken)).Token;
}
