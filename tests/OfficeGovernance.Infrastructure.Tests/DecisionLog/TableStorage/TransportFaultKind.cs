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
