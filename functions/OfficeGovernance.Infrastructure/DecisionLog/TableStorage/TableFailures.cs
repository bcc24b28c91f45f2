using Azure;

namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// How the Table adapters read Azure.Data.Tables' failures. A refusal is a <see cref="RequestFailedException"/> with
/// the service's status and error code (a transaction's is a <c>TableTransactionFailedException</c>, with the status of
/// the first failing action). No answer at all, after Azure.Core's retries, is "outcome unknown": a write may or may
/// not have been applied.
/// </summary>
internal static class TableFailures
{
    /// <summary>
    /// True when no answer came: Azure.Core's <see cref="AggregateException"/> of the attempts (retries exhausted), a
    /// <see cref="RequestFailedException"/> with status 0 (the transport's failure), an <see cref="IOException"/>, or a
    /// timeout (an <see cref="OperationCanceledException"/> the caller's token did not cause); also a 500, 503 or 504
    /// that outlasted the retries, since the service may have applied the request before failing to answer.
    /// </summary>
    public static bool IsOutcomeUnknown(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException failed => failed.Status is 0 or 500 or 503 or 504,
        AggregateException or IOException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>True for 404 TableNotFound: the table was never created (an empty log, no snapshot, no registry).</summary>
    public static bool IsTableNotFound(RequestFailedException exception) =>
        exception.Status == 404 && string.Equals(exception.ErrorCode, "TableNotFound", StringComparison.Ordinal);
}
