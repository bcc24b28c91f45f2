using Microsoft.Extensions.Options;

namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// Turns <c>Graph:*</c> into <see cref="GraphSettings"/> and fails start-up with GraphSettings' own message when they
/// are not usable (an http base URL off loopback, Credential None for a real Graph, an unknown credential).
/// </summary>
public sealed class GraphOptionsValidation : IValidateOptions<GraphOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        try
        {
            Settings(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }

    /// <summary>The settings the options describe.</summary>
    /// <exception cref="ArgumentException">Graph:BaseUrl is not an absolute http(s) URL, Graph:Credential is not
    /// ManagedIdentity, Default or None, or the pair is refused by <see cref="GraphSettings"/>.</exception>
    public static GraphSettings Settings(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Uri? baseUrl = null;
        if (!string.IsNullOrWhiteSpace(options.BaseUrl) && !Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out baseUrl))
        {
            throw new ArgumentException($"Graph:BaseUrl '{options.BaseUrl}' is not an absolute URL.");
        }
        var credential = GraphCredentialKind.ManagedIdentity;
        if (!string.IsNullOrWhiteSpace(options.Credential)
            && !(Enum.TryParse(options.Credential, ignoreCase: true, out credential) && Enum.IsDefined(credential)
                 && !int.TryParse(options.Credential, out _)))
        {
            throw new ArgumentException(
                $"Graph:Credential '{options.Credential}' must be ManagedIdentity, Default or None.");
        }
        return new GraphSettings(baseUrl, credential, managedIdentityClientId: options.ManagedIdentityClientId);
    }
}
