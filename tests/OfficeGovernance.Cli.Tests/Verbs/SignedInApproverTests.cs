using Azure.Identity;
using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Verbs;

/// <summary>Which claim of the signed-in credential's token names the approver (docs/rules.md#decision-rights; ADR 0015).</summary>
public sealed class SignedInApproverTests
{
    [Theory]
    [InlineData("preferred_username", "cto@example.org")]
    [InlineData("upn", "cto@example.org")]
    [InlineData("email", "cto@example.org")]
    [InlineData("unique_name", "cto@example.org")]
    public async Task ResolveAsync_OneNameClaim_IsTheApprover(string claim, string value)
    {
        var credential = new SignedInCredential(new Dictionary<string, object> { [claim] = value, ["oid"] = "1" });

        Assert.Equal(value, await SignedInApprover.ResolveAsync(credential, CancellationToken.None));
    }

    [Fact]
    public async Task ResolveAsync_SeveralClaims_TakesTheFirstWellFormedEmailInOrder()
    {
        // A guest's unique_name can be "live.com#..."; a v2 token's preferred_username is the sign-in name.
        var credential = new SignedInCredential(new Dictionary<string, object>
        {
            ["unique_name"] = "live.com#guest@example.net",
            ["upn"] = "not an email",
            ["preferred_username"] = " Lead@Example.org ",
        });

        Assert.Equal("Lead@Example.org", await SignedInApprover.ResolveAsync(credential, CancellationToken.None));
    }

    [Fact]
    public async Task ResolveAsync_NoOneSignedIn_ThrowsSayingAzLogin()
    {
        var failure = await Assert.ThrowsAsync<SignInRequiredException>(
            () => SignedInApprover.ResolveAsync(SignedInCredential.Nobody(), CancellationToken.None));

        Assert.Contains("az login", failure.Message);
        Assert.IsType<CredentialUnavailableException>(failure.InnerException);
    }

    [Fact]
    public async Task ResolveAsync_TokenNotAJwt_Throws()
    {
        var failure = await Assert.ThrowsAsync<SignInRequiredException>(
            () => SignedInApprover.ResolveAsync(new OpaqueTokenCredential(), CancellationToken.None));

        Assert.Contains("not a JWT", failure.Message);
    }

    private sealed class OpaqueTokenCredential : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("opaque-token", DateTimeOffset.UnixEpoch.AddYears(100));

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
