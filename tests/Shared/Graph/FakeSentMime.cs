namespace OfficeGovernance.Tests.Shared.Graph;

/// <summary>One MIME sendMail as the fake stored it.</summary>
/// <param name="Sender">The user id in the path (the sender mailbox).</param>
/// <param name="Mime">The decoded MIME message text.</param>
/// <param name="InternetMessageId">Its Message-ID header with the angle brackets; null when it has none.</param>
/// <param name="ContentType">The request's Content-Type header.</param>
public sealed record FakeSentMime(string Sender, string Mime, string? InternetMessageId, string ContentType);
