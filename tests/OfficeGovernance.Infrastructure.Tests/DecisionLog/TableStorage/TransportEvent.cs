namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>One request the transport saw: its method, path, and the fault applied (null when passed through).</summary>
public sealed record TransportEvent(HttpMethod Method, string Path, TransportFaultKind? Fault);
