using OfficeGovernance.Infrastructure.Graph;

namespace OfficeGovernance.Infrastructure.Tests.Graph;

public sealed class GraphSettingsTests
{
    [Fact]
    public void Constructor_NoArguments_GlobalGraphWithManagedIdentity()
    {
        var settings = new GraphSettings();

        Assert.Equal("https://graph.microsoft.com/v1.0", settings.BaseUrl.AbsoluteUri);
        Assert.Equal(GraphCredentialKind.ManagedIdentity, settings.Credential);
        Assert.Equal("https://graph.microsoft.com/.default", settings.Scope);
        Assert.Equal(TimeSpan.FromSeconds(180), settings.MaxRetryAfter);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0")]
    [InlineData("https://fake.example.org/v1.0")]
    public void Constructor_NoneWithNonLoopbackUrl_ThrowsArgumentException(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => new GraphSettings(new Uri(url), GraphCredentialKind.None));

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5123/v1.0")]
    [InlineData("http://localhost:5123/v1.0/")]
    [InlineData("http://[::1]:5123/v1.0")]
    public void Constructor_NoneWithLoopbackUrl_IsAcceptedWithoutTrailingSlash(string url)
    {
        var settings = new GraphSettings(new Uri(url), GraphCredentialKind.None);

        Assert.EndsWith("/v1.0", settings.BaseUrl.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_PlainHttpToARemoteHost_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(
            () => new GraphSettings(new Uri("http://graph.microsoft.com/v1.0"), GraphCredentialKind.Default));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Constructor_MaxRetryOutOfRange_ThrowsArgumentException(int maxRetry)
    {
        Assert.Throws<ArgumentException>(() => new GraphSettings(maxRetry: maxRetry));
    }

    [Fact]
    public void Constructor_NegativeRetryAfterCap_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new GraphSettings(maxRetryAfter: TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void Scope_NationalCloud_FollowsTheBaseUrlHost()
    {
        var settings = new GraphSettings(new Uri("https://graph.microsoft.us/v1.0"), GraphCredentialKind.Default);

        Assert.Equal("https://graph.microsoft.us/.default", settings.Scope);
    }
}
