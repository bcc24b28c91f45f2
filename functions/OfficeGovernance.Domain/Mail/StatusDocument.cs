using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

// The content of one status email, independent of its HTML and text renderings, so both parts say the same thing.
// Every string is plain text (workbook values unencoded); renderers encode.

/// <summary>
/// A table cell; a verdict cell is coloured in HTML. A cell with <paramref name="Bar"/> (spend over cap as a fraction,
/// 1 = at the cap) is drawn as an inline bar beside its text.
/// </summary>
internal sealed record StatusCell(string Text, Verdict? Verdict = null, double? Bar = null);

/// <summary>
/// A titled table of the email; <paramref name="EmptyText"/> is shown when it has no rows, <paramref name="More"/>
/// (such as "and 7 more: see ...") below the rows when a list was shortened.
/// </summary>
internal sealed record StatusSection(
    string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<StatusCell>> Rows, string EmptyText,
    string? More = null);

/// <summary>A whole email's content.</summary>
internal sealed record StatusDocument(string Title, string Intro, IReadOnlyList<StatusSection> Sections);
