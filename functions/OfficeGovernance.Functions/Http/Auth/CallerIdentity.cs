using System.Security.Claims;

namespace OfficeGovernance.Functions.Http.Auth;

/// <summary>The caller as the API knows it: one email-like name, the approver of any decision it records.</summary>
public static class CallerIdentity
{
    /// <summary>A principal whose name is <paramref name="name"/>.</summary>
    public static ClaimsPrincipal Principal(string name, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], scheme, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The caller's name (preferred_username or upn of the token).</summary>
    /// <exception cref="InvalidOperationException">The request was not authenticated (a routing mistake).</exception>
    public static string NameOf(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? name
            : throw new InvalidOperationException("The endpoint requires an authenticated caller.");
}
