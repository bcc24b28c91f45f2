using System.Globalization;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// The paging parameters of <c>GET /api/decisions</c> (docs/rules.md#decision-log, list): <c>after</c>, a sequence (0
/// or more, default 0), and <c>limit</c>, 1 to the configured maximum (<c>DecisionLog:PageSize</c>, also the default).
/// Each problem is added as <c>field: message</c> for one 400 naming every field.
/// </summary>
internal static class PagingQuery
{
    /// <summary>The sequence entries are listed after; 0 when absent or invalid (then a problem is added).</summary>
    public static long After(string? text, List<string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            return after;
        }
        errors.Add($"after: '{Shown(text)}' is not a sequence; give a whole number 0 or more (the nextAfter of the previous page).");
        return 0;
    }

    /// <summary>The page's size; <paramref name="maximum"/> when absent or invalid (then a problem is added).</summary>
    public static int Limit(string? text, int maximum, List<string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return maximum;
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= maximum)
        {
            return limit;
        }
        errors.Add($"limit: '{Shown(text)}' is not a page size; give a whole number from 1 to {maximum} (DecisionLog:PageSize).");
        return maximum;
    }

    // A caller's text echoed in a problem, cut short.
    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
