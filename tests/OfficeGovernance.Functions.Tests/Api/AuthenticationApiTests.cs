using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Tests.Api;

public sealed class AuthenticationApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> BadTokens => new() { "missing", "expired", "forged", "wrong-audience", "no-scope", "not-bearer" };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Review_BadToken_Answers401Problem(string kind)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = kind switch
        {
            "missing" => null,
            "expired" => Bearer(api.Tokens.Create(expiresIn: TimeSpan.FromMinutes(-10))),
            "forged" => Bearer(api.Tokens.Create(forged: true)),
            "wrong-audience" => Bearer(api.Tokens.Create(audience: "api://someone-else")),
            "no-scope" => Bearer(api.Tokens.Create(scope: "")),
            _ => new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz"),
        };

        var response = await client.PostAsJsonAsync("/api/review",
            new JsonObject { ["workbookId"] = api.Store("auth.xlsx"), ["tables"] = SampleTables.Json() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("expired", "The access token has expired or is not valid yet; sign in again for a new one.")]
    [InlineData("forged", "The access token is not valid (its signature, format or claims could not be verified); sign in again.")]
    [InlineData("wrong-audience", "The access token is for another API; request one for this API's access_as_user scope.")]
    [InlineData("garbage", "The access token is not valid (its signature, format or claims could not be verified); sign in again.")]
    [InlineData("no-scope", "The token lacks the access_as_user scope.")]
    public async Task Review_BadToken_DetailIsOnePlainSentenceWithoutIdentityModelCodes(string kind, string expected)
    {
        var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = Bearer(kind switch
        {
            "expired" => api.Tokens.Create(expiresIn: TimeSpan.FromMinutes(-10)),
            "forged" => api.Tokens.Create(forged: true),
            "wrong-audience" => api.Tokens.Create(audience: "api://someone-else"),
            "no-scope" => api.Tokens.Create(scope: ""),
            _ => "not.a.jwt",
        });

        var response = await client.PostAsJsonAsync("/api/review",
            new JsonObject { ["workbookId"] = api.Store("auth.xlsx"), ["tables"] = SampleTables.Json() });
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(expected, JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString());
        Assert.DoesNotContain("IDX", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/decisions?workbookId=auth.xlsx")]
    [InlineData("/api/decisions/verify?workbookId=auth.xlsx")]
    [InlineData("/api/status/preview?workbookId=auth.xlsx")]
    public async Task Get_WithoutToken_Answers401(string path)
    {
        var response = await api.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Decisions_ValidToken_AnswersOk()
    {
        var response = await api.ClientAs().GetAsync($"/api/decisions?workbookId={api.Store("auth-empty.xlsx")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").GetArrayLength());
    }

    private static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
