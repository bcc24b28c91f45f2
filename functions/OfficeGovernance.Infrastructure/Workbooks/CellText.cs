using System.Globalization;
using System.Text;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>Text as it may be stored in a worksheet cell.</summary>
internal static class CellText
{
    /// <summary>The most characters Excel holds in one cell.</summary>
    public const int MaxLength = 32_767;

    /// <summary>The problem with a text longer than a cell can hold, or null.</summary>
    public static string? LengthProblem(OfficeGovernance.Domain.Workbooks.CellValue value) =>
        value.Kind == OfficeGovernance.Domain.Workbooks.CellKind.Text && value.Text!.Length > MaxLength
            ? $"the cell holds {value.Text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; Excel allows at most 32,767"
            : null;

    // Control characters are not allowed in XML; Excel stores them as _xHHHH_ escapes, so they survive a round trip.
    public static string XmlSafe(string text)
    {
        if (!text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
        {
            return text;
        }
        var safe = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                safe.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else
            {
                safe.Append(c);
            }
        }
        return safe.ToString();
    }
}
