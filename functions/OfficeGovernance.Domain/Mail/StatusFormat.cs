using System.Globalization;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>How values read in the status email (invariant culture, so every recipient reads the same figures).</summary>
internal static class StatusFormat
{
    public static string Money(decimal amount, string currency) =>
        amount.ToString("#,##0.00", CultureInfo.InvariantCulture) + " " + currency;

    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "no cap";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Verdict(Verdict verdict) => verdict.ToString();

    public static string Decision(DecisionType type) => EnumLabels<DecisionType>.Label(type);

    public static string Initiative(Initiative initiative) => initiative.Id + " " + initiative.Name;

    /// <summary>How a verdict count reads in a subject ("3 to fix").</summary>
    public static string CountLabel(Verdict verdict) => verdict switch
    {
        Verdicts.Verdict.Paused => "paused",
        Verdicts.Verdict.Retired => "retired",
        _ => "to " + verdict.ToString().ToLowerInvariant(),
    };
}
