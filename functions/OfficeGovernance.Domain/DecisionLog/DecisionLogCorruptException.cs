namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>Thrown when a decision log cannot be parsed at all; names the store and the line or key.</summary>
public class DecisionLogCorruptException(string message, Exception? inner = null) : Exception(message, inner);
