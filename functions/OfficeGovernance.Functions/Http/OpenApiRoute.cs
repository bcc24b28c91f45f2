namespace OfficeGovernance.Functions.Http;

/// <summary>Where the OpenAPI document is served (PRODUCT.md section 5).</summary>
public static class OpenApiRoute
{
    /// <summary>The route of the document, anonymous like the health check.</summary>
    public const string Path = "/api/openapi.json";
}
