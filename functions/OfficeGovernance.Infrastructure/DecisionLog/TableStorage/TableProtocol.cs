namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>The Table REST API's fixed header values.</summary>
internal static class TableProtocol
{
    /// <summary>The REST API version; 2019-02-02 is the first that accepts Entra ID (bearer) tokens for tables.</summary>
    public const string Version = "2019-02-02";

    public const string DataServiceVersion = "3.0";
    public const string NoMetadata = "application/json;odata=nometadata";

    /// <summary>Queries ask for minimal metadata: it is the only JSON form that carries each entity's odata.etag.</summary>
    public const string MinimalMetadata = "application/json;odata=minimalmetadata";

    public const string Json = "application/json";
    public const string TokenScope = "https://storage.azure.com/.default";
}
