using System.Text.Json;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Tests.Support;

namespace OfficeGovernance.Functions.Tests.Api;

public sealed class HttpFunctionsTests
{
    [Fact]
    public void All_Attributes_DeclareTheEndpointsOfProductSection5()
    {
        var declared = HttpFunctions.All.SelectMany(f => f.HttpMethods.Select(m => $"{m} {f.Path}")).Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "GET /api/decision-rights", "GET /api/decisions", "GET /api/decisions/verify", "GET /api/finance-report", "GET /api/health",
            "GET /api/openapi.json", "GET /api/status/preview", "POST /api/agents/sync", "POST /api/classify", "POST /api/decisions", "POST /api/finance-report",
            "POST /api/review", "POST /api/spend-imports",
            "POST /api/workbooks",
        ], declared);
    }

    [Fact]
    public void All_OnlyHealthAndOpenApi_AreAnonymous()
    {
        Assert.Equal(["Health", "OpenApi"], HttpFunctions.All.Where(f => f.AllowAnonymous).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApi_Document_ListsEveryOperationAndItsSecurity()
    {
        using var host = new FunctionsHost();
        var request = host.Request("GET", "/api/openapi.json", caller: null);

        var answer = await Answer.Of(host.Function<HealthApi>().OpenApi(request), request);

        var paths = answer.Body.GetProperty("paths");
        foreach (var function in HttpFunctions.All)
        {
            foreach (var method in function.HttpMethods)
            {
                var operation = paths.GetProperty(function.Path).GetProperty(method.ToLowerInvariant());
                Assert.Equal(function.Name, operation.GetProperty("operationId").GetString());
                Assert.Equal(function.AllowAnonymous ? 0 : 1, operation.GetProperty("security").GetArrayLength());
            }
        }
    }
}
