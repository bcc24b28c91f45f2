using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OfficeGovernance.Functions.Tests.Api;

public sealed class StatusAndClassifyApiTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Classify_CustomerRecordsUpdated_AnswersHighWithTheDecidingInput()
    {
        var body = new JsonObject
        {
            ["dataTouched"] = new JsonArray("Customer personal"),
            ["actions"] = new JsonArray("Update records"),
            ["audience"] = "Customer-facing",
            ["owner"] = "owner@example.org",
            ["successMetric"] = "Resolution rate",
        };

        var response = await api.ClientAs().PostAsJsonAsync("/api/classify", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("High", result.GetProperty("level").GetString());
        Assert.Contains("Update records", result.GetProperty("decidingInputs").ToString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("rollout").GetProperty("approvalCheckpoint").GetString()));
        Assert.Equal(JsonValueKind.Array, result.GetProperty("stopConditions").ValueKind);
    }

    [Theory]
    [InlineData("Scores the recidivism risk of people on parole.", "High", "; OMB M-25-21 section 6, uses presumed high-impact: law enforcement")]
    [InlineData("Summarises meeting notes for the team.", "Low", "no High or Medium input")]
    [InlineData("N/A", "Unassessed", "the inputs do not describe the work")]
    public async Task Classify_PurposeOnly_ClassifiedAsTheReviewReadsTheRow(string purpose, string level, string because)
    {
        var body = new JsonObject { ["purpose"] = purpose };

        var response = await api.ClientAs().PostAsJsonAsync("/api/classify", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(level, result.GetProperty("level").GetString());
        Assert.Contains(because, result.GetProperty("decidingInputs").ToString());
    }

    [Fact]
    public async Task Classify_WorkflowNamesHealthTopicWithCustomerData_HighAsRegulatedHealthData()
    {
        var body = new JsonObject { ["workflow"] = "Health & Medical", ["dataTouched"] = new JsonArray("Customer personal") };

        var response = await api.ClientAs().PostAsJsonAsync("/api/classify", body);

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("High", result.GetProperty("level").GetString());
        Assert.Contains("Workflow mentions", result.GetProperty("decidingInputs").ToString());
    }

    [Fact]
    public async Task Classify_UnknownLabels_AnswersBadRequestNamingEachField()
    {
        var body = new JsonObject { ["actions"] = new JsonArray("Summarize", "Teleport"), ["audience"] = "Martians" };

        var response = await api.ClientAs().PostAsJsonAsync("/api/classify", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString();
        Assert.Contains("actions[1]:", errors);
        Assert.Contains("audience:", errors);
    }

    [Fact]
    public async Task Classify_MalformedJson_AnswersBadRequestProblem()
    {
        var response = await api.ClientAs().PostAsync("/api/classify",
            new StringContent("{\"actions\": 3}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("actions", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StatusPreview_SampleWorkbook_AnswersOneMessagePerOwnerAndTheDigest()
    {
        File.WriteAllBytes(Path.Combine(api.WorkbooksDirectory, "status.xlsx"), SampleTables.Xlsx());

        var response = await api.ClientAs().GetAsync("/api/status/preview?workbookId=status.xlsx&asOf=2026-11-20");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToArray();
        Assert.True(messages.Length > 1);
        Assert.All(messages, m =>
        {
            Assert.NotEqual(0, m.GetProperty("recipients").GetArrayLength());
            Assert.Contains("2026-W47", m.GetProperty("subject").GetString());
            Assert.StartsWith("<!DOCTYPE html>", m.GetProperty("html").GetString());
            Assert.False(string.IsNullOrWhiteSpace(m.GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task StatusPreview_UnknownWorkbook_Answers404Problem()
    {
        var response = await api.ClientAs().GetAsync("/api/status/preview?workbookId=missing.xlsx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task StatusPreview_BadAsOf_AnswersBadRequestNamingTheField()
    {
        var response = await api.ClientAs().GetAsync("/api/status/preview?workbookId=status.xlsx&asOf=20-11-2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("asOf", await response.Content.ReadAsStringAsync());
    }
}
