namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>The answer of <c>GET /api/health</c>: "ok" and the server's time (UTC).</summary>
/// <param name="Status">Always "ok" when the app answers.</param>
/// <param name="Time">The server's clock, UTC.</param>
public sealed record HealthDocument(string Status, DateTimeOffset Time);
