using System.Text.Json.Nodes;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Scripts;

/// <summary>
/// The Entra scripts against stand-ins for az and azd: what they register, trust and grant (ADR 0012).
/// </summary>
public sealed class EntraScriptsTests : IDisposable
{
    private const string TenantId = "22222222-2222-2222-2222-222222222222";
    private const string AddinOrigin = "https://stapp-addin-abc.azurestaticapps.net";
    private const string AddinHost = "stapp-addin-abc.azurestaticapps.net";
    private const string OfficeClientId = "ea5a67f6-b6f3-4338-b240-c655ddc3cc8e";

    private readonly FakeCliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void RegisterApiApp_FirstRun_CreatesTheApiWithAccessAsUserAndWritesItsIds()
    {
        var result = _cli.Run("register-api-app.sh", new Dictionary<string, string>
        {
            ["AZURE_ENV_NAME"] = "test",
            ["FAKE_NEW_APP_ID"] = "api-new",
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(_cli.AzCalls, c => c.StartsWith("ad app create --display-name OfficeGovernance API (test) --sign-in-audience AzureADMyOrg", StringComparison.Ordinal));
        var body = _cli.Body("PATCH", "applications/object-api-new")!;
        Assert.Equal(["api://api-new"], Strings(body["identifierUris"]));
        Assert.Equal(2, (int)body["api"]!["requestedAccessTokenVersion"]!);
        var scope = Assert.Single(body["api"]!["oauth2PermissionScopes"]!.AsArray())!;
        Assert.Equal("access_as_user", (string?)scope["value"]);
        Assert.True(Guid.TryParse((string?)scope["id"], out _), scope.ToJsonString());
        var graph = Assert.Single(body["requiredResourceAccess"]!.AsArray())!;
        Assert.Equal("00000003-0000-0000-c000-000000000000", (string?)graph["resourceAppId"]);
        Assert.Equal("scope-files-read-all", (string?)graph["resourceAccess"]![0]!["id"]);
        Assert.Contains("ad sp create --id api-new --query id --output tsv", _cli.AzCalls);
        Assert.Equal(["AZURE_API_CLIENT_ID=api-new", "AZURE_API_TENANT_ID=11111111-1111-1111-1111-111111111111"], _cli.AzdEnvSet);
    }

    [Fact]
    public void RegisterApiApp_Rerun_KeepsTheScopeIdAndEveryIdentifierUri()
    {
        var result = _cli.Run("register-api-app.sh", new Dictionary<string, string>
        {
            ["AZURE_ENV_NAME"] = "test",
            ["AZURE_API_CLIENT_ID"] = "api-id",
            ["FAKE_APPS"] = "api-id",
            ["FAKE_SCOPE_ID"] = "scope-id",
            ["FAKE_IDENTIFIER_URIS"] = $"api://api-id\napi://{AddinHost}/api-id",
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(_cli.AzCalls, c => c.StartsWith("ad app create", StringComparison.Ordinal));
        var body = _cli.Body("PATCH", "applications/object-api-id")!;
        Assert.Equal(["api://api-id", $"api://{AddinHost}/api-id"], Strings(body["identifierUris"]));
        Assert.Equal("scope-id", (string?)body["api"]!["oauth2PermissionScopes"]![0]!["id"]);
    }

    [Fact]
    public void RegisterApiApp_UnknownClientId_StopsWithoutChangingAnything()
    {
        var result = _cli.Run("register-api-app.sh", new Dictionary<string, string>
        {
            ["AZURE_ENV_NAME"] = "test",
            ["AZURE_API_CLIENT_ID"] = "deleted-app",
        });

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no app registration has client id deleted-app", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_cli.SentBodies);
        Assert.Empty(_cli.AzdEnvSet);
    }

    [Fact]
    public void ConfigureEntra_FederatedCredential_TrustsTheManagedIdentityForTokenExchange()
    {
        var result = ConfigureEntra();

        Assert.True(result.ExitCode == 0, result.ToString());
        var credential = _cli.FederatedCredential!;
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}/v2.0", (string?)credential["issuer"]);
        Assert.Equal("mi-principal", (string?)credential["subject"]);
        Assert.Equal(["api://AzureADTokenExchange"], Strings(credential["audiences"]));
        Assert.Contains(_cli.AzCalls, c => c.StartsWith("ad app federated-credential create --id api-id", StringComparison.Ordinal));
    }

    [Fact]
    public void ConfigureEntra_AddinRegistration_HasTheNestedAppAuthRedirectAndTheTaskPane()
    {
        ConfigureEntra();

        var spa = _cli.Body("PATCH", "applications/object-addin-id")!;
        Assert.Equal([$"brk-multihub://{AddinHost}", $"{AddinOrigin}/taskpane.html"], Strings(spa["spa"]!["redirectUris"]));
        var api = spa["requiredResourceAccess"]!.AsArray().Single(r => (string?)r!["resourceAppId"] == "api-id")!;
        Assert.Equal("scope-id", (string?)api["resourceAccess"]![0]!["id"]);
        Assert.Contains("AZURE_ADDIN_CLIENT_ID=addin-id", _cli.AzdEnvSet);
    }

    [Fact]
    public void ConfigureEntra_ApiApp_PreAuthorizesTheAddinAndOfficeAndKeepsItsScope()
    {
        ConfigureEntra();

        var api = _cli.Body("PATCH", "applications/object-api-id")!;
        Assert.Equal(["api://api-id", $"api://{AddinHost}/api-id"], Strings(api["identifierUris"]));
        Assert.Equal(["addin-id", OfficeClientId],
            api["api"]!["preAuthorizedApplications"]!.AsArray().Select(a => (string)a!["appId"]!));
        Assert.Equal("access_as_user", (string?)api["api"]!["oauth2PermissionScopes"]![0]!["value"]);
    }

    [Fact]
    public void ConfigureEntra_OfficeSsoOff_PreAuthorizesTheAddinAlone()
    {
        ConfigureEntra(("ADDIN_OFFICE_SSO", "false"));

        var api = _cli.Body("PATCH", "applications/object-api-id")!;
        Assert.Equal(["api://api-id"], Strings(api["identifierUris"]));
        Assert.Equal(["addin-id"], api["api"]!["preAuthorizedApplications"]!.AsArray().Select(a => (string)a!["appId"]!));
    }

    [Fact]
    public void ConfigureEntra_BeforeProvisioning_StopsNamingTheMissingValue()
    {
        var result = ConfigureEntra(("AZURE_MANAGED_IDENTITY_PRINCIPAL_ID", ""));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AZURE_MANAGED_IDENTITY_PRINCIPAL_ID is not set in the azd environment: run azd provision first",
            result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_cli.AzCalls);
    }

    [Fact]
    public void GrantGraph_FirstRun_GrantsSitesSelectedAndWriteOnThePortfolioSiteOnly()
    {
        var result = GrantGraph();

        Assert.True(result.ExitCode == 0, result.ToString());
        var role = _cli.Body("POST", "servicePrincipals/mi-principal/appRoleAssignments")!;
        Assert.Equal("role-sites-selected", (string?)role["appRoleId"]);
        Assert.Equal("graph-principal", (string?)role["resourceId"]);
        Assert.Contains("rest --method GET --url https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/portfolio --query id --output tsv", _cli.AzCalls);
        var site = _cli.Body("POST", "sites/site-id/permissions")!;
        Assert.Equal(["write"], Strings(site["roles"]));
        Assert.Equal("mi-client", (string?)site["grantedToIdentities"]![0]!["application"]!["id"]);
        Assert.Equal(5, _cli.SentBodies.Count);
        Assert.DoesNotContain("role-mail-send\"", string.Join('\n', _cli.AzCalls), StringComparison.Ordinal);
    }

    [Fact]
    public void GrantGraph_FirstRun_GrantsTheAgentSyncReadOnlyRolesAndNoWrite()
    {
        var result = GrantGraph();

        Assert.True(result.ExitCode == 0, result.ToString());
        var roles = new[] { 2, 3, 4 }.Select(n => (string?)_cli.Body("POST", $"servicePrincipals/mi-principal/appRoleAssignments-{n}")!["appRoleId"]);
        Assert.Equal(["role-agentidentity-read-all", "role-application-read-all", "role-user-readbasic-all"], roles);
        Assert.DoesNotContain("ReadWrite", string.Join('\n', _cli.AzCalls), StringComparison.Ordinal);
        Assert.Contains("AgentIdentity.Read.All Application.Read.All User.ReadBasic.All granted", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void GrantGraph_MailSend_IsPrintedAsExchangeRbacScopedToTheSender()
    {
        var result = GrantGraph();

        Assert.Contains("New-ManagementScope -Name \"OfficeGovernance sender (test)\" -RecipientRestrictionFilter \"PrimarySmtpAddress -eq 'weekly@contoso.org'\"",
            result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("New-ManagementRoleAssignment -App mi-client -Role \"Application Mail.Send\" -CustomResourceScope \"OfficeGovernance sender (test)\"",
            result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("New-ServicePrincipal -AppId mi-client -ObjectId mi-principal", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void GrantGraph_TenantWideMailSend_IsRefusedBeforeAnyGrant()
    {
        var result = GrantGraph(("FAKE_ASSIGNED_ROLES", "role-mail-send"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Mail.Send for every mailbox", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--method DELETE --url https://graph.microsoft.com/v1.0/servicePrincipals/mi-principal/appRoleAssignments/assignment-role-mail-send",
            result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_cli.SentBodies);
    }

    [Fact]
    public void GrantGraph_Rerun_GrantsNothingTwice()
    {
        var result = GrantGraph(
            ("FAKE_ASSIGNED_ROLES", "role-sites-selected role-agentidentity-read-all role-application-read-all role-user-readbasic-all"),
            ("FAKE_SITE_GRANTS", "1"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(_cli.SentBodies);
    }

    [Fact]
    public void GrantGraph_SiteRefusedToTheAzureCli_StopsNamingTheWayAround()
    {
        var result = GrantGraph(("FAKE_SITE_REFUSED", "1"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("grant it with Graph PowerShell (README, Deploy to Azure) and rerun with --site-granted",
            result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(_cli.AzCalls, c => c.Contains("admin-consent", StringComparison.Ordinal));
    }

    [Fact]
    public void GrantGraph_SiteGranted_LeavesTheSiteAndGrantsTheRest()
    {
        var result = RunGrantGraph(["--site-granted"], [("FAKE_SITE_REFUSED", "1")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(_cli.AzCalls, c => c.Contains("/sites/", StringComparison.Ordinal));
        Assert.NotNull(_cli.Body("POST", "servicePrincipals/mi-principal/appRoleAssignments"));
        Assert.Contains("ad app permission admin-consent --id api-id", _cli.AzCalls);
        Assert.Contains("ad app permission admin-consent --id addin-id", _cli.AzCalls);
    }

    [Theory]
    [InlineData("--sender", "weekly@contoso.org")]
    [InlineData("--site", "http://contoso.sharepoint.com/sites/portfolio")]
    public void GrantGraph_MissingOrPlainHttpArgument_PrintsUsage(string flag, string value)
    {
        var result = _cli.Run("grant-graph-permissions.sh", new Dictionary<string, string>(), flag, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: grant-graph-permissions.sh", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(_cli.AzCalls);
    }

    private CommandResult ConfigureEntra(params (string Name, string Value)[] overrides)
    {
        var env = new Dictionary<string, string>
        {
            ["AZURE_ENV_NAME"] = "test",
            ["AZURE_API_CLIENT_ID"] = "api-id",
            ["AZURE_API_TENANT_ID"] = TenantId,
            ["AZURE_MANAGED_IDENTITY_PRINCIPAL_ID"] = "mi-principal",
            ["SERVICE_ADDIN_URI"] = AddinOrigin,
            ["FAKE_APPS"] = "api-id",
            ["FAKE_NEW_APP_ID"] = "addin-id",
            ["FAKE_SCOPE_ID"] = "scope-id",
            ["FAKE_IDENTIFIER_URIS"] = "api://api-id",
        };
        foreach (var (name, value) in overrides)
        {
            env[name] = value;
        }
        return _cli.Run("configure-entra.sh", env);
    }

    private CommandResult GrantGraph(params (string Name, string Value)[] overrides) => RunGrantGraph([], overrides);

    private CommandResult RunGrantGraph(string[] extraArguments, (string Name, string Value)[] overrides)
    {
        var env = new Dictionary<string, string>
        {
            ["AZURE_ENV_NAME"] = "test",
            ["AZURE_MANAGED_IDENTITY_PRINCIPAL_ID"] = "mi-principal",
            ["AZURE_MANAGED_IDENTITY_CLIENT_ID"] = "mi-client",
            ["AZURE_API_CLIENT_ID"] = "api-id",
            ["AZURE_ADDIN_CLIENT_ID"] = "addin-id",
        };
        foreach (var (name, value) in overrides)
        {
            env[name] = value;
        }
        return _cli.Run("grant-graph-permissions.sh", env,
            ["--site", "https://contoso.sharepoint.com/sites/portfolio", "--sender", "weekly@contoso.org", .. extraArguments]);
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToArray();
}
