namespace OfficeGovernance.Tests.Shared.Graph;

/// <summary>An owner or sponsor: a user (mail or userPrincipalName set, or <see cref="IsUser"/>: a user Graph shows
/// without its properties, as to an app that may not read users) or a service principal.</summary>
public sealed record FakePrincipal(string Id, string DisplayName, string? Mail = null, string? UserPrincipalName = null)
{
    public bool IsUser { get; init; } = Mail is not null || UserPrincipalName is not null;
}
