namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// No signed-in identity could name the approver of a decision in a shared log (docs/rules.md#decision-rights: the
/// authenticated identity, never a typed name). The CLI exits 1 with the message, which says how to sign in.
/// </summary>
public sealed class SignInRequiredException(string message, Exception? innerException = null)
    : Exception(message, innerException);
