namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>One request <see cref="RecordingHandler"/> saw: its method, URI and headers (names compared ignoring case).</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers);
