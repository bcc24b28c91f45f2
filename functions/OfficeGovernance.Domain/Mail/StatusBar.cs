using System.Globalization;
using System.Text;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// Spend against a cap drawn as a bar that Outlook's Word engine renders (docs/rules.md#weekly-status): a fixed-width
/// table whose filled cell's width is the share of the cap used, with bgcolor and inline styles, no images. Over the
/// cap the bar is full and red. The text part gets the same bar in characters.
/// </summary>
internal static class StatusBar
{
    /// <summary>The bar's width in pixels.</summary>
    public const int Width = 160;
    private const int TextWidth = 20;

    public static string Colour(double fraction) => fraction switch
    {
        > 1 => "#b91c1c",
        >= 0.9 => "#a16207",
        _ => "#15803d",
    };

    /// <summary>Pixels of the filled part: the share of the cap used, at most the whole bar.</summary>
    public static int Filled(double fraction) =>
        (int)Math.Round(Math.Clamp(double.IsFinite(fraction) ? fraction : 1, 0, 1) * Width, MidpointRounding.AwayFromZero);

    public static void AppendHtml(StringBuilder html, double fraction)
    {
        var filled = Filled(fraction);
        var colour = Colour(fraction);
        html.Append("<table role=\"presentation\" width=\"").Append(Width).Append("\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:")
            .Append(Width).Append("px;border-collapse:collapse;\"><tr>");
        if (filled > 0)
        {
            Segment(html, filled, colour);
        }
        if (filled < Width)
        {
            Segment(html, Width - filled, "#e5e7eb");
        }
        html.Append("</tr></table>");
    }

    /// <summary>The bar in characters, such as "[#######.............]" (one '#' per 5% of the cap, '!' past it).</summary>
    public static string Text(double fraction)
    {
        var filled = (int)Math.Round(Math.Clamp(double.IsFinite(fraction) ? fraction : 1, 0, 1) * TextWidth, MidpointRounding.AwayFromZero);
        return "[" + new string(fraction > 1 ? '!' : '#', filled) + new string('.', TextWidth - filled) + "]";
    }

    private static void Segment(StringBuilder html, int width, string colour)
    {
        var w = width.ToString(CultureInfo.InvariantCulture);
        html.Append("<td width=\"").Append(w).Append("\" height=\"10\" bgcolor=\"").Append(colour)
            .Append("\" style=\"width:").Append(w).Append("px;height:10px;background-color:").Append(colour)
            .Append(";font-size:1px;line-height:1px;\">&nbsp;</td>");
    }
}
