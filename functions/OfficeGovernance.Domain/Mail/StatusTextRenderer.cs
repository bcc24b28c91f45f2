using System.Text;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// Renders a status document as plain text for the text/plain part: each table row becomes a bullet with one
/// "Header: value" line per further column, every line wrapped to <see cref="Width"/> columns (LF line ends).
/// </summary>
internal static class StatusTextRenderer
{
    public const int Width = 80;

    public static string Render(StatusDocument document)
    {
        var text = new StringBuilder(2048);
        AppendWrapped(text, document.Title, "", "");
        text.Append(new string('=', Math.Min(Width, document.Title.Length))).Append('\n');
        AppendWrapped(text, document.Intro, "", "");
        foreach (var section in document.Sections)
        {
            text.Append('\n');
            AppendWrapped(text, section.Title.ToUpperInvariant(), "", "");
            if (section.Rows.Count == 0)
            {
                AppendWrapped(text, section.EmptyText, "", "");
                continue;
            }
            foreach (var row in section.Rows)
            {
                AppendWrapped(text, row[0].Text, "- ", "  ");
                for (var i = 1; i < row.Count; i++)
                {
                    var header = i < section.Headers.Count ? section.Headers[i] + ": " : "";
                    var value = row[i].Bar is { } bar ? StatusBar.Text(bar) + " " + row[i].Text : row[i].Text;
                    AppendWrapped(text, header + value, "  ", "      ");
                }
            }
            if (section.More is { } more)
            {
                AppendWrapped(text, more, "", "");
            }
        }
        return text.ToString();
    }

    /// <summary>Word-wraps one paragraph; a word longer than a line is broken at the width.</summary>
    internal static void AppendWrapped(StringBuilder text, string paragraph, string firstIndent, string indent)
    {
        var line = new StringBuilder(firstIndent);
        var lineHasWord = false;
        var words = paragraph.Replace('\r', ' ').Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = Width - line.Length - (lineHasWord ? 1 : 0);
                if (rest.Length <= room)
                {
                    line.Append(lineHasWord ? " " : "").Append(rest);
                    lineHasWord = true;
                    rest = "";
                }
                else if (lineHasWord)
                {
                    text.Append(line).Append('\n');
                    line.Clear().Append(indent);
                    lineHasWord = false;
                }
                else
                {
                    line.Append(rest.AsSpan(0, room));
                    rest = rest[room..];
                    text.Append(line).Append('\n');
                    line.Clear().Append(indent);
                }
            }
        }
        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
