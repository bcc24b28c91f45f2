namespace OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

/// <summary>
/// No answer came from the Table service after the pipeline's retries (connections lost, timeouts). Unlike
/// <see cref="TableRequestFailedException"/>, the outcome is unknown: a write may or may not have been applied, so a
/// caller that retries must be idempotent. The inner exception holds each attempt's failure.
/// </summary>
/// <param name="message">What was attempted.</param>
/// <param name="innerException">The pipeline's failure (often an <see cref="AggregateException"/> of the attempts).</param>
public sealed class TableTransportException(string message, Exception innerException) : Exception(message, innerException);
