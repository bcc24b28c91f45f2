namespace OfficeGovernance.Domain.Verdicts;

/// <summary>How the trend rules word the periods of their window ("two", "2026-10-31 and 2026-11-07").</summary>
internal static class TrendText
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six"];

    /// <summary>A count in words up to six, in digits above.</summary>
    public static string Count(int count) =>
        count >= 0 && count < Words.Length ? Words[count] : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Items joined as "a", "a and b", "a, b and c".</summary>
    public static string And(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}";
}
