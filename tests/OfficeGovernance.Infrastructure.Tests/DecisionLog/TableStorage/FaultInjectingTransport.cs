using System.Net;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>
/// A real <see cref="HttpClientTransport"/> with a scripted fault plan between it and the network: queued
/// <see cref="TransportFault"/>s are applied, in order, to the requests they match; every other request passes
/// through. Deterministic: no randomness, no timing decisions. Put it in <c>ClientOptions.Transport</c>.
/// </summary>
public sealed class FaultInjectingTransport : HttpPipelineTransport, IDisposable
{
    private readonly List<TransportFault> _plan = [];
    private readonly List<TransportEvent> _events = [];
    private readonly HttpClientTransport _inner;
    private readonly FaultHandler _handler;

    public FaultInjectingTransport()
    {
        _handler = new FaultHandler(this) { InnerHandler = new SocketsHttpHandler() };
        _inner = new HttpClientTransport(_handler);
    }

    /// <summary>Every request seen so far, including retries, in order.</summary>
    public IReadOnlyList<TransportEvent> Events
    {
        get
        {
            lock (_plan)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Faults queued but not yet applied.</summary>
    public int PendingFaults
    {
        get
        {
            lock (_plan)
            {
                return _plan.Count;
            }
        }
    }

    /// <summary>Queues faults after those already queued.</summary>
    public FaultInjectingTransport Enqueue(params TransportFault[] faults)
    {
        lock (_plan)
        {
            _plan.AddRange(faults);
        }

        return this;
    }

    public override Request CreateRequest() => _inner.CreateRequest();

    public override void Process(HttpMessage message) => _inner.Process(message);

    public override ValueTask ProcessAsync(HttpMessage message) => _inner.ProcessAsync(message);

    public void Dispose()
    {
        _inner.Dispose();
        _handler.Dispose();
    }

    private TransportFault? Take(HttpRequestMessage request)
    {
        lock (_plan)
        {
            var index = _plan.FindIndex(f => f.Matches(request));
            var fault = index < 0 ? null : _plan[index];
            if (fault is not null)
            {
                _plan.RemoveAt(index);
            }

            _events.Add(new TransportEvent(
                request.Method, Uri.UnescapeDataString(request.RequestUri!.AbsolutePath), fault?.Kind));
            return fault;
        }
    }

    private sealed class FaultHandler(FaultInjectingTransport owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var fault = owner.Take(request);
            switch (fault?.Kind)
            {
                case null:
                    return await base.SendAsync(request, cancellationToken);
                case TransportFaultKind.ServiceUnavailable:
                    return Busy(request);
                case TransportFaultKind.ConnectionReset:
                    throw new IOException("Injected fault: the connection broke before the request was sent.");
                case TransportFaultKind.RunFirst:
                    await fault.Action!();
                    return await base.SendAsync(request, cancellationToken);
                case TransportFaultKind.DropResponse:
                    using (var lost = await base.SendAsync(request, cancellationToken))
                    {
                        await lost.Content.LoadIntoBufferAsync(cancellationToken);
                    }

                    throw new IOException("Injected fault: the connection dropped after the service answered.");
                default:
                    var slow = await base.SendAsync(request, cancellationToken);
                    await slow.Content.LoadIntoBufferAsync(cancellationToken);
                    try
                    {
                        await Task.Delay(fault.Delay, cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        slow.Dispose();
                        throw;
                    }

                    return slow;
            }
        }

        private static HttpResponseMessage Busy(HttpRequestMessage request)
        {
            var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                RequestMessage = request,
                Content = new StringContent(
                    """{"odata.error":{"code":"ServerBusy","message":{"lang":"en-US","value":"Injected 503."}}}""",
                    Encoding.UTF8, "application/json"),
            };
            response.Headers.Add("x-ms-error-code", "ServerBusy");
            return response;
        }
    }
}
