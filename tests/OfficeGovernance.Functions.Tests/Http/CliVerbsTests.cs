using OfficeGovernance.Functions.Http;

namespace OfficeGovernance.Functions.Tests.Http;

public sealed class CliVerbsTests
{
    [Theory]
    [InlineData(new[] { "review", "--workbook", "w.xlsx" }, true)]
    [InlineData(new[] { "import-inventory" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "-h" }, true)]
    [InlineData(new[] { "--version" }, true)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:7071" }, false)]
    [InlineData(new[] { "serve" }, false)]
    [InlineData(new string[0], false)]
    public void IsVerb_FirstArgument_SelectsTheCommandLine(string[] args, bool expected)
    {
        Assert.Equal(expected, CliVerbs.IsVerb(args));
    }
}
