namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>What <see cref="FaultInjectingTransport"/> does to one matching request.</summary>
public enum TransportFaultKind
{
    /// <summary>Answer 503 ServerBusy without forwarding: the service never saw the request.</summary>
    ServiceUnavailable,

    /// <summary>Forward, let the service apply it, then lose the answer (an IOException, as a dropped connection).</summary>
    DropResponse,

    /// <summary>Forward, then hold the answer back for <see cref="TransportFault.Delay"/> (cancellable by the pipeline's timeout).</summary>
    DelayResponse,

    /// <summary>Throw an IOException without forwarding: the connection broke before the service saw the request.</summary>
    ConnectionReset,

    /// <summary>Run <see cref="TransportFault.Action"/> first (another writer getting in), then forward.</summary>
    RunFirst,
}

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

/// <summary>One request the transport saw: its method, path, and the fault applied (null when passed through).</summary>
public sealed record TransportEvent(HttpMethod Method, string Path, TransportFaultKind? Fault);
