namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>The authenticated caller of a request, as a read check needs them.</summary>
/// <param name="Name">The caller's name (email), from the validated token or the development identity.</param>
/// <param name="AccessToken">The caller's validated access token for this API; null for the development identity.</param>
public sealed record WorkbookCaller(string Name, string? AccessToken);
