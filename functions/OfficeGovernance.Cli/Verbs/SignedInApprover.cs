using Azure.Core;
using Azure.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// The approver of a decision recorded in a shared decision log: the email of the signed-in identity
/// (docs/rules.md#decision-rights), read from an access token for Azure Storage issued to the credential (the Azure
/// CLI's login, or any other <see cref="TokenCredential"/>). The token only names who is signed in on this machine; the Table Storage
/// service, not this check, decides whether that identity may write.
/// </summary>
public static class SignedInApprover
{
    /// <summary>The scope asked for: Azure Storage, which every identity allowed to write the shared log can get.</summary>
    public const string StorageScope = "https://storage.azure.com/.default";

    // Entra ID puts a user's sign-in name in one of these, depending on the token version and account type.
    private static readonly string[] NameClaims = ["preferred_username", "upn", "email", "unique_name"];

    /// <summary>Returns the signed-in identity's email, as the token spells it.</summary>
    /// <exception cref="SignInRequiredException">No credential is signed in, or its token names no email (a service principal).</exception>
    public static async Task<string> ResolveAsync(TokenCredential credential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        AccessToken token;
        try
        {
            token = await credential.GetTokenAsync(new TokenRequestContext([StorageScope]), cancellationToken);
        }
        catch (AuthenticationFailedException failed)
        {
            throw new SignInRequiredException(
                "A shared decision log records the signed-in approver, and no one is signed in: run `az login` " +
                $"(or set up another Azure.Identity credential) and try again. {failed.Message}", failed);
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token.Token);
        }
        catch (ArgumentException malformed)
        {
            throw new SignInRequiredException(
                "The signed-in credential returned an access token that is not a JWT, so it names no approver.", malformed);
        }
        foreach (var claim in NameClaims)
        {
            if (jwt.TryGetPayloadValue<string>(claim, out var value) && EmailAddress.IsWellFormed(value.Trim()))
            {
                return value.Trim();
            }
        }
        throw new SignInRequiredException(
            "The signed-in identity has no email in its token (" + string.Join(", ", NameClaims) + "): a decision " +
            "needs a person as approver; run `az login` as yourself rather than as a service principal.");
    }
}
