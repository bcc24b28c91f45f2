using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

public sealed class TableConnectionTests
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Theory]
    [InlineData("UseDevelopmentStorage=true")]
    [InlineData("usedevelopmentstorage=TRUE;")]
    public void Parse_DevelopmentStorage_AzuriteDefaults(string value)
    {
        var connection = TableConnection.Parse(value);

        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", connection.TableEndpoint.AbsoluteUri);
        Assert.Equal("devstoreaccount1", connection.AccountName);
        Assert.True(connection.UsesSharedKey);
        Assert.Equal(Convert.FromBase64String(Key), connection.AccountKey);
    }

    [Fact]
    public void Parse_PathStyleTableEndpoint_KeepsAccountSegmentWithoutTrailingSlash()
    {
        var connection = TableConnection.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:51234/devstoreaccount1/;");

        Assert.Equal("http://127.0.0.1:51234/devstoreaccount1", connection.TableEndpoint.AbsoluteUri);
        Assert.Equal("devstoreaccount1", connection.AccountName);
    }

    [Theory]
    [InlineData("http://127.0.0.1:51234/devstoreaccount1", "devstoreaccount1")]
    [InlineData("http://localhost:10002/other", "other")]
    [InlineData("https://acct.table.core.windows.net", "acct")]
    public void Parse_TableEndpointWithoutAccountName_TakesAccountFromEndpoint(string endpoint, string account)
    {
        var connection = TableConnection.Parse($"AccountKey={Key};TableEndpoint={endpoint}");

        Assert.Equal(account, connection.AccountName);
    }

    [Theory]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={0};EndpointSuffix=core.windows.net", "https://acct.table.core.windows.net/")]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=acct;AccountKey={0};EndpointSuffix=core.chinacloudapi.cn", "http://acct.table.core.chinacloudapi.cn/")]
    [InlineData(" AccountName = acct ; AccountKey={0} ;", "https://acct.table.core.windows.net/")]
    public void Parse_AccountAndSuffix_BuildsTableEndpoint(string format, string expected)
    {
        var connection = TableConnection.Parse(string.Format(format, Key));

        Assert.Equal(expected, connection.TableEndpoint.AbsoluteUri);
        Assert.Equal("acct", connection.AccountName);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("AccountName=acct;EndpointSuffix=core.windows.net", "AccountKey")]
    [InlineData("AccountKey={0};EndpointSuffix=core.windows.net", "AccountName")]
    [InlineData("AccountKey={0};TableEndpoint=http://127.0.0.1:10002/", "AccountName")]
    [InlineData("AccountName=acct;AccountKey=", "AccountKey")]
    [InlineData("AccountName=acct;AccountKey={0};TableEndpoint=/relative", "TableEndpoint")]
    [InlineData("AccountName=acct;AccountKey={0};TableEndpoint=ftp://host/x", "http or https")]
    [InlineData("AccountName=acct;AccountKey={0};DefaultEndpointsProtocol=ftp", "DefaultEndpointsProtocol")]
    [InlineData("AccountName=acct;AccountName=other;AccountKey={0}", "AccountName twice")]
    [InlineData("AccountName=acct;garbage;AccountKey={0}", "segment 2")]
    [InlineData("UseDevelopmentStorage=false", "UseDevelopmentStorage")]
    [InlineData("TableEndpoint=https://acct.table.core.windows.net;SharedAccessSignature=sv=x", "SharedAccessSignature")]
    public void Parse_BadConnectionString_ArgumentExceptionNamingTheProblemWithoutTheKey(string format, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => TableConnection.Parse(string.Format(format, Key)));

        Assert.Contains(named, error.Message);
        Assert.DoesNotContain(Key, error.Message);
        Assert.Equal("connectionString", error.ParamName);
    }

    [Fact]
    public void Parse_KeyNotBase64_ArgumentExceptionWithoutEchoingIt()
    {
        var error = Assert.Throws<ArgumentException>(
            () => TableConnection.Parse("AccountName=acct;AccountKey=not*base64!secret"));

        Assert.Contains("AccountKey", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void ToString_SharedKey_NeverShowsKey()
    {
        var text = TableConnection.Parse($"AccountName=acct;AccountKey={Key}").ToString();

        Assert.Contains("acct", text);
        Assert.DoesNotContain(Key, text);
    }

    [Fact]
    public void FromTokenCredential_Endpoint_NormalizedAndNotSharedKey()
    {
        var credential = new FixedTokenCredential("t");

        var connection = TableConnection.FromTokenCredential(new Uri("https://acct.table.core.windows.net/"), credential);

        Assert.Equal("https://acct.table.core.windows.net/", connection.TableEndpoint.AbsoluteUri);
        Assert.False(connection.UsesSharedKey);
        Assert.Same(credential, connection.Credential);
        Assert.Null(connection.AccountName);
    }
}
