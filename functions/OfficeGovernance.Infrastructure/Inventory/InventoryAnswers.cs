using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Reads survey answers case-insensitively, after trimming and dropping "a) " style prefixes: yes/no questions and
/// the declared impact of each schema (shared/data README; docs/rules.md#inventory-import).
/// </summary>
internal static class InventoryAnswers
{
    /// <summary>
    /// A yes/no answer: "Yes", "b) Yes", "No - it is not practical" ... Blank and N/A are Unknown with no complaint;
    /// <paramref name="recognised"/> is false for any other text, which the caller reports.
    /// </summary>
    public static SurveyAnswer YesNo(string? raw, out bool recognised)
    {
        recognised = true;
        var key = InventoryText.AnswerKey(raw);
        if (key is null || InventoryText.IsNotApplicable(key))
        {
            return SurveyAnswer.Unknown;
        }
        if (InventoryText.StartsWithWord(key, "yes"))
        {
            return SurveyAnswer.Yes;
        }
        if (InventoryText.StartsWithWord(key, "no"))
        {
            return SurveyAnswer.No;
        }
        recognised = false;
        return SurveyAnswer.Unknown;
    }

    /// <summary>
    /// A declaration of impact read as yes/no, where "No, use case is too new to fully assess impacts" is no
    /// declaration at all (Unknown).
    /// </summary>
    public static SurveyAnswer Declared(string? raw)
    {
        var key = InventoryText.AnswerKey(raw);
        if (key is null || key.Contains("too new", StringComparison.Ordinal))
        {
            return SurveyAnswer.Unknown;
        }
        return YesNo(raw, out _);
    }

    /// <summary>2024 OMB: Rights-impacting, Safety-impacting or Both are High; Neither is NotHigh; else Unknown.</summary>
    public static DeclaredImpact Impact2024(string? raw) =>
        InventoryText.AnswerKey(raw)?.Replace('-', ' ') switch
        {
            "rights impacting" or "safety impacting" or "both" => DeclaredImpact.High,
            "neither" => DeclaredImpact.NotHigh,
            _ => DeclaredImpact.Unknown,
        };

    /// <summary>DHS: High when rights- or safety-impacting is Yes; NotHigh when both are No; else Unknown.</summary>
    public static DeclaredImpact ImpactDhs(string? rights, string? safety)
    {
        var r = Declared(rights);
        var s = Declared(safety);
        if (r == SurveyAnswer.Yes || s == SurveyAnswer.Yes)
        {
            return DeclaredImpact.High;
        }
        return r == SurveyAnswer.No && s == SurveyAnswer.No ? DeclaredImpact.NotHigh : DeclaredImpact.Unknown;
    }

    /// <summary>
    /// 2025 OMB is_high_impact: "High-impact" or Yes is High; "Not high-impact", "Presumed high-impact, but determined
    /// not high impact" (M-25-21 section 6 lets an agency determine a presumed use is not high-impact) or No is NotHigh;
    /// else Unknown.
    /// </summary>
    public static DeclaredImpact Impact2025(string? raw)
    {
        var key = InventoryText.AnswerKey(raw)?.Replace('-', ' ');
        if (key is null)
        {
            return DeclaredImpact.Unknown;
        }
        if (key.StartsWith("not high impact", StringComparison.Ordinal) ||
            (key.StartsWith("presumed high impact", StringComparison.Ordinal) && key.Contains("not high impact", StringComparison.Ordinal)))
        {
            return DeclaredImpact.NotHigh;
        }
        if (key.StartsWith("high impact", StringComparison.Ordinal))
        {
            return DeclaredImpact.High;
        }
        return Declared(raw) switch
        {
            SurveyAnswer.Yes => DeclaredImpact.High,
            SurveyAnswer.No => DeclaredImpact.NotHigh,
            _ => DeclaredImpact.Unknown,
        };
    }
}
