namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>One weekly status message as it would be sent.</summary>
/// <param name="Recipients">The addresses it goes to.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Html">The HTML body.</param>
/// <param name="Text">The plain-text alternative.</param>
public sealed record StatusMessageDocument(IReadOnlyList<string> Recipients, string Subject, string Html, string Text);
