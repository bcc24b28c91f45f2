namespace OfficeGovernance.Domain.Mail;

/// <summary>One weekly status email, ready to send (docs/rules.md#weekly-status).</summary>
/// <param name="Recipients">Email addresses, deduplicated case-insensitively, never empty.</param>
/// <param name="Subject">Plain text, such as "AI portfolio status 2026-W47: 3 to fix, 1 to pause".</param>
/// <param name="Html">A full HTML document with inline styles and table layout; workbook values are HTML-encoded.</param>
/// <param name="Text">The plain-text part, wrapped to 80 columns, LF line ends.</param>
/// <param name="IsoWeek">The week reported.</param>
/// <param name="Kind">Owner or leadership.</param>
/// <param name="Key">Stable per recipient group across runs: "owner:" + lowercased email, "leadership" or "finance";
/// with <paramref name="IsoWeek"/> it identifies a send for idempotency.</param>
public sealed record StatusMessage(
    IReadOnlyList<string> Recipients, string Subject, string Html, string Text, IsoWeek IsoWeek,
    StatusMessageKind Kind, string Key);
