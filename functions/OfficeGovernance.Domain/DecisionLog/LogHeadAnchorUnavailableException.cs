namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>
/// The anchor store is configured but cannot be read (docs/rules.md#decision-log): verify ends with this one line
/// naming the store and the setting that chose it (exit 1 on the CLI, 503 over HTTP), never a stack trace, and never
/// reads the log as intact without it.
/// </summary>
/// <param name="message">One line naming the container and the setting, and what the service answered.</param>
/// <param name="inner">The storage client's failure.</param>
public sealed class LogHeadAnchorUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
