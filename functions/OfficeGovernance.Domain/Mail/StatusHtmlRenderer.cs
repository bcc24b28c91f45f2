using System.Net;
using System.Text;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// Renders a status document as HTML that Outlook's Word engine displays as intended: a full document, table
/// layout, inline styles only (no style blocks, classes, scripts or images). Every text is HTML-encoded here, so no
/// workbook value reaches the markup raw (docs/rules.md#written-workbooks).
/// </summary>
internal static class StatusHtmlRenderer
{
    private const string Font = "font-family:Segoe UI,Arial,Helvetica,sans-serif;";
    private const string CellStyle = Font + "font-size:13px;color:#1f2937;padding:6px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top;text-align:left;";

    public static string Render(StatusDocument document)
    {
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
            .Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(document.Title)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#f3f4f6\" style=\"background-color:#f3f4f6;\">\n")
            .Append("<tr><td align=\"center\" style=\"padding:16px;\">\n")
            .Append("<table role=\"presentation\" width=\"680\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#ffffff\" style=\"width:680px;background-color:#ffffff;\">\n")
            .Append("<tr><td style=\"padding:20px 24px 8px 24px;").Append(Font).Append("\">")
            .Append("<h1 style=\"margin:0 0 8px 0;font-size:20px;color:#111827;").Append(Font).Append("\">")
            .Append(Encode(document.Title)).Append("</h1>")
            .Append("<p style=\"margin:0;font-size:13px;color:#4b5563;").Append(Font).Append("\">")
            .Append(Encode(document.Intro)).Append("</p></td></tr>\n");
        foreach (var section in document.Sections)
        {
            AppendSection(html, section);
        }
        html.Append("</table>\n</td></tr>\n</table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSection(StringBuilder html, StatusSection section)
    {
        html.Append("<tr><td style=\"padding:12px 24px;").Append(Font).Append("\">")
            .Append("<h2 style=\"margin:0 0 6px 0;font-size:15px;color:#111827;").Append(Font).Append("\">")
            .Append(Encode(section.Title)).Append("</h2>\n");
        if (section.Rows.Count == 0)
        {
            html.Append("<p style=\"margin:0;font-size:13px;color:#6b7280;").Append(Font).Append("\">")
                .Append(Encode(section.EmptyText)).Append("</p></td></tr>\n");
            return;
        }
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"border-collapse:collapse;width:100%;\">\n<tr>");
        foreach (var header in section.Headers)
        {
            html.Append("<th align=\"left\" bgcolor=\"#f9fafb\" style=\"").Append(CellStyle)
                .Append("background-color:#f9fafb;font-weight:bold;\">").Append(Encode(header)).Append("</th>");
        }
        html.Append("</tr>\n");
        foreach (var row in section.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                AppendCell(html, cell);
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>");
        if (section.More is { } more)
        {
            html.Append("<p style=\"margin:6px 0 0 0;font-size:13px;color:#4b5563;").Append(Font).Append("\">")
                .Append(Encode(more)).Append("</p>");
        }
        html.Append("</td></tr>\n");
    }

    private static void AppendCell(StringBuilder html, StatusCell cell)
    {
        if (cell.Bar is { } fraction)
        {
            html.Append("<td style=\"").Append(CellStyle).Append("white-space:nowrap;\">");
            StatusBar.AppendHtml(html, fraction);
            html.Append("<span style=\"").Append(Font).Append("font-size:12px;color:#374151;\">")
                .Append(Encode(cell.Text)).Append("</span></td>");
            return;
        }
        if (cell.Verdict is { } verdict)
        {
            var colour = Colour(verdict);
            html.Append("<td bgcolor=\"").Append(colour).Append("\" style=\"").Append(CellStyle)
                .Append("background-color:").Append(colour).Append(";color:#ffffff;font-weight:bold;white-space:nowrap;\">")
                .Append(Encode(cell.Text)).Append("</td>");
            return;
        }
        html.Append("<td style=\"").Append(CellStyle).Append("\">").Append(Encode(cell.Text)).Append("</td>");
    }

    /// <summary>Verdict colours, dark enough for white text to pass WCAG AA contrast.</summary>
    internal static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Expand => "#15803d",
        Verdict.Continue => "#1d4ed8",
        Verdict.Fix => "#a16207",
        Verdict.Pause => "#c2410c",
        Verdict.Stop => "#b91c1c",
        _ => "#4b5563",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
