namespace OfficeGovernance.Functions.Http;

/// <summary>
/// <c>Http:*</c> settings: the bounds of one request (docs/rules.md#request-bounds: bounded requests keep the server under
/// 1 GB under three concurrent worst-case requests; issue 23, finding 2). Each default fits the largest portfolio of
/// docs/rules.md#performance (2,000 initiatives, 10,000 metrics, 260,000 observations, 100,000 spend rows) four times over; a request
/// past a bound is refused before its rows are parsed into the model.
/// </summary>
public sealed class RequestBoundsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Http";

    /// <summary>
    /// <c>Http:MaxRequestBytes</c>: the largest request body in bytes, declared or chunked (default 50 MB); a larger
    /// one is answered 413 before, or as soon as, the limit is read.
    /// </summary>
    public long MaxRequestBytes { get; set; } = RequestBodyLimit.MaxRequestBodyBytes;

    /// <summary>
    /// <c>Http:MaxTableRows</c>: the most rows one table of a JSON body may hold (default 1,040,000: four times the
    /// 260,000 observations); more is 400 naming the table and the setting.
    /// </summary>
    public int MaxTableRows { get; set; } = 1_040_000;

    /// <summary>
    /// <c>Http:MaxRequestCells</c>: the most cells all tables of a JSON body may hold together (default 8,000,000: four
    /// times the largest portfolio's about 2,000,000); more is 400 naming the table where the count passed it.
    /// </summary>
    public int MaxRequestCells { get; set; } = 8_000_000;

    /// <summary>
    /// <c>Http:MaxJsonDepth</c>: the deepest nesting of objects and arrays a JSON body may have (default 16; the deepest
    /// request, a table's error cell, is 6 deep); deeper is 400.
    /// </summary>
    public int MaxJsonDepth { get; set; } = 16;
}
