using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using OfficeGovernance.Functions;
using OfficeGovernance.Functions.Http.Auth;

// The Azure Functions app on the isolated worker (docs/rules.md#http-api-contract): HTTP functions through ASP.NET Core
// integration, the WeeklyStatus timer and its queue. The CLI's `serve` hosts the same function classes.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<FunctionAuthentication>();
builder.Services.AddOfficeGovernanceApi(builder.Configuration, developmentIdentityAllowed: false);
builder.Build().Run();
