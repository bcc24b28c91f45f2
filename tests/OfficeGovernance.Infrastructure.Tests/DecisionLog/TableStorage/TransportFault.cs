namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>
/// One scripted fault: applied to the first request that matches <see cref="Method"/> (any when null) and whose path
/// contains <see cref="PathContains"/> (any when null), then used up.
/// </summary>
public sealed record TransportFault(
    TransportFaultKind Kind, HttpMethod? Method = null, string? PathContains = null, TimeSpan Delay = default,
    Func<Task>? Action = null)
{
    public static TransportFault Unavailable(HttpMethod? method = null, string? pathContains = null) =>
        new(TransportFaultKind.ServiceUnavailable, method, pathContains);

    public static TransportFault Drop(HttpMethod? method = null, string? pathContains = null) =>
        new(TransportFaultKind.DropResponse, method, pathContains);

    public static TransportFault Slow(TimeSpan delay, HttpMethod? method = null, string? pathContains = null) =>
        new(TransportFaultKind.DelayResponse, method, pathContains, delay);

    public static TransportFault Reset(HttpMethod? method = null, string? pathContains = null) =>
        new(TransportFaultKind.ConnectionReset, method, pathContains);

    public static TransportFault First(Func<Task> action, HttpMethod? method = null, string? pathContains = null) =>
        new(TransportFaultKind.RunFirst, method, pathContains, Action: action);

    /// <summary>Faults for the next entity group transaction (POST .../$batch).</summary>
    public static TransportFault BeforeTransaction(Func<Task> action) => First(action, HttpMethod.Post, "$batch");

    internal bool Matches(HttpRequestMessage request) =>
        (Method is null || Method == request.Method)
        && (PathContains is null
            || Uri.UnescapeDataString(request.RequestUri!.AbsolutePath).Contains(PathContains, StringComparison.Ordinal));
}
