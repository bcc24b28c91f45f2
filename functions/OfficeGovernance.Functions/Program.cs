using OfficeGovernance.Functions;
using OfficeGovernance.Functions.Cli;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Functions.Http.Endpoints;

// One executable (PRODUCT.md section 5): a verb runs one job and exits; without one it serves HTTP.
if (CliVerbs.IsVerb(args))
{
    return await CommandLineApp.RunAsync(args);
}

// appsettings.json beside the executable, wherever it is started from; data paths stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseOfficeGovernanceKestrel(builder.Configuration);
builder.Services.AddOfficeGovernanceHttp(builder.Configuration);

var app = builder.Build();
app.UseRequestBodyLimit();
app.UseExceptionHandler();
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthEndpoints();
app.MapOpenApi(OpenApiRoute.Path).AllowAnonymous();
app.MapReviewEndpoints();
app.MapClassifyEndpoints();
app.MapDecisionEndpoints();
app.MapStatusEndpoints();
app.MapWeeklyStatusTimer();

await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
