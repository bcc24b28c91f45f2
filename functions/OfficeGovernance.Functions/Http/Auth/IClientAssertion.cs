namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>The signed assertion the API app registration presents to Entra ID instead of a secret.</summary>
public interface IClientAssertion
{
    /// <summary>A fresh assertion (a JWT).</summary>
    /// <exception cref="Azure.Identity.AuthenticationFailedException">No assertion could be obtained.</exception>
    Task<string> GetAsync(CancellationToken cancellationToken);
}
