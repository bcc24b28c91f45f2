namespace OfficeGovernance.Functions.Api.Contract;

/// <summary>
/// The contract of one HTTP function, written beside its <c>[HttpTrigger]</c> route: what it takes (query parameters,
/// a JSON body, an .xlsx body), what it answers on success, and which problem statuses it may answer. The OpenAPI
/// document (<see cref="OpenApiDocument"/>) is built from these and from the request and response types themselves, so
/// adding an endpoint to the document is this one attribute. 401 and 403 are added for every operation that needs a
/// token, 413 for every operation that takes a body and 415 for every JSON body (ADR 0019).
/// </summary>
/// <param name="summary">One line saying what the operation does.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ApiOperationAttribute(string summary) : Attribute
{
    /// <summary>One line saying what the operation does.</summary>
    public string Summary { get; } = summary;

    /// <summary>The JSON document answered on success (<see cref="Success"/>); null for no JSON body.</summary>
    public Type? Response { get; init; }

    /// <summary>The JSON request body's type (application/json), or null when the operation takes none.</summary>
    public Type? Body { get; init; }

    /// <summary>True when the body may also be the workbook itself as .xlsx (then the query names the workbook).</summary>
    public bool XlsxBody { get; init; }

    /// <summary>
    /// The media types of a raw file body (a FOCUS cost export as CSV, gzip or Parquet), each read as bytes; empty when
    /// the operation takes no file.
    /// </summary>
    public string[] FileBody { get; init; } = [];

    /// <summary>True when 200 may answer the finance report as .xlsx (by <c>Accept</c>), beside the JSON.</summary>
    public bool XlsxResponse { get; init; }

    /// <summary>The success statuses: 200 (the default), 201 for a new resource, or both.</summary>
    public int[] Success { get; init; } = [200];

    /// <summary>
    /// The query parameters by name, as <see cref="ApiParameters"/> defines them; a name ending in <c>?</c> is optional.
    /// </summary>
    public string[] Query { get; init; } = [];

    /// <summary>The request headers by name, as <see cref="ApiParameters"/> defines them; a trailing <c>?</c> is optional.</summary>
    public string[] Headers { get; init; } = [];

    /// <summary>The problem statuses of the operation's own checks (400, 404, 409, ...), beside the added ones.</summary>
    public int[] Problems { get; init; } = [];
}
