using System.Text.Json;
using OfficeGovernance.Functions.Api;
using OfficeGovernance.Functions.Api.Contract;

namespace OfficeGovernance.Functions.Tests.Api.Contract;

public sealed class OpenApiDocumentTests
{
    // The add-in's types are generated from this copy (npm run generate:api); its tests lint it with redocly.
    private const string CheckedInCopy = "addin/src/api/openapi.json";

    private static readonly JsonElement Document = JsonDocument.Parse(OpenApiDocument.Json).RootElement;

    [Fact]
    public void Json_CheckedInAddinCopy_IsTheGeneratedDocument()
    {
        var path = RepositoryRoot.PathOf(CheckedInCopy);
        if (Environment.GetEnvironmentVariable("OG_UPDATE_OPENAPI") == "1")
        {
            File.WriteAllText(path, OpenApiDocument.Json);
        }

        Assert.True(File.ReadAllText(path) == OpenApiDocument.Json,
            $"{CheckedInCopy} differs from the generated OpenAPI document: run OG_UPDATE_OPENAPI=1 dotnet test "
            + "tests/OfficeGovernance.Functions.Tests --filter OpenApiDocumentTests, then npm --prefix addin run generate:api.");
    }

    [Fact]
    public void Json_Version_IsOpenApi31()
    {
        Assert.StartsWith("3.1.", Document.GetProperty("openapi").GetString());
    }

    [Fact]
    public void Json_EverySecuredOperation_Answers401And403AsProblems()
    {
        foreach (var (function, operation) in Operations())
        {
            var responses = operation.GetProperty("responses");
            Assert.Equal(!function.AllowAnonymous, responses.TryGetProperty("401", out _));
            Assert.Equal(!function.AllowAnonymous, responses.TryGetProperty("403", out _));
            foreach (var answer in responses.EnumerateObject().Where(a => a.Name[0] is '4' or '5'))
            {
                Assert.True(answer.Value.GetProperty("content").TryGetProperty("application/problem+json", out _),
                    $"{function.Name} {answer.Name} is not application/problem+json");
            }
        }
    }

    [Fact]
    public void Json_EveryOperationWithABody_Answers413AndJsonBodies415()
    {
        foreach (var (function, operation) in Operations())
        {
            var responses = operation.GetProperty("responses");
            var hasBody = operation.TryGetProperty("requestBody", out var body);
            Assert.Equal(hasBody, responses.TryGetProperty("413", out _));
            Assert.Equal(hasBody && body.GetProperty("content").TryGetProperty("application/json", out _),
                responses.TryGetProperty("415", out _));
        }
    }

    [Fact]
    public void Json_Review_TakesJsonOrXlsxAndNamesItsQuery()
    {
        var review = Document.GetProperty("paths").GetProperty("/api/review").GetProperty("post");

        var content = review.GetProperty("requestBody").GetProperty("content");
        Assert.Equal("#/components/schemas/ReviewRequest", content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(content.TryGetProperty("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out _));
        Assert.Equal(["workbookId", "asOf"], review.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["200", "400", "401", "403", "404", "413", "415"], review.GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }

    [Fact]
    public void Json_Decide_AnswersCreatedAndItsOwnProblems()
    {
        var decide = Document.GetProperty("paths").GetProperty("/api/decisions").GetProperty("post");

        // 200 is the idempotent replay: the same Idempotency-Key and body return the first entry.
        Assert.Equal(["Idempotency-Key"], decide.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["200", "201", "400", "401", "403", "404", "409", "413", "415"], decide.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.Equal("#/components/schemas/DecisionDocument",
            decide.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Fact]
    public void Json_SpendImports_TakesTheExportFileAndNamesItsQuery()
    {
        var import = Document.GetProperty("paths").GetProperty("/api/spend-imports").GetProperty("post");

        Assert.Equal(["text/csv", "application/gzip", "application/vnd.apache.parquet", "application/octet-stream"],
            import.GetProperty("requestBody").GetProperty("content").EnumerateObject().Select(c => c.Name));
        Assert.Equal(["workbookId", "cost", "fileName"], import.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains("413", import.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        Assert.DoesNotContain("415", import.GetProperty("responses").EnumerateObject().Select(r => r.Name));
    }

    [Fact]
    public void Json_RequestSchemas_AllowNoOtherMembers()
    {
        var schemas = Document.GetProperty("components").GetProperty("schemas");

        foreach (var name in new[] { "ReviewRequest", "TableJson", "RowJson", "ClassifyRequest", "DecisionRequest", "FinanceReportRequest", "WorkbookRegistrationRequest", "AgentSyncRequest" })
        {
            Assert.False(schemas.GetProperty(name).GetProperty("additionalProperties").GetBoolean(), name);
        }
    }

    [Fact]
    public void Json_ResponseSchemas_NameEveryMemberAsRequiredAndTheNullableOnes()
    {
        var initiative = Document.GetProperty("components").GetProperty("schemas").GetProperty("InitiativeDocument");

        Assert.Contains("owner", initiative.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["string", "null"], initiative.GetProperty("properties").GetProperty("owner").GetProperty("type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("#/components/schemas/SpendDocument", initiative.GetProperty("properties").GetProperty("spend").GetProperty("$ref").GetString());
    }

    [Fact]
    public void Parameter_OptionalHeader_IsAHeaderNotRequired()
    {
        var parameter = ApiParameters.Parameter("Idempotency-Key?", "header");

        Assert.Equal("header", parameter["in"]!.GetValue<string>());
        Assert.False(parameter["required"]!.GetValue<bool>());
        Assert.Equal("Idempotency-Key", parameter["name"]!.GetValue<string>());
    }

    [Fact]
    public void Parameter_UnknownName_Throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => ApiParameters.Parameter("workbook"));

        Assert.Contains("'workbook'", e.Message);
    }

    private static IEnumerable<(HttpFunction Function, JsonElement Operation)> Operations() =>
        HttpFunctions.All.SelectMany(f => f.HttpMethods.Select(m =>
            (f, Document.GetProperty("paths").GetProperty(f.Path).GetProperty(m.ToLowerInvariant()))));
}
