using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// Stamps <c>x-ms-date</c> (RFC 1123, UTC) on every attempt, so a retried request carries a fresh date and, with
/// Shared Key, a fresh signature; the service refuses requests dated more than 15 minutes off.
/// </summary>
internal sealed class TableDatePolicy(TimeProvider time) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(
            "x-ms-date", time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
}
