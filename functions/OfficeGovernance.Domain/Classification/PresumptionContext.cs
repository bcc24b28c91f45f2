using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// Whether a use the text names is one OMB M-25-21 section 6 presumes high-impact, read in its context. The memo's
/// test is that the AI's output is a principal basis for decisions or actions with a legal, material, binding or
/// significant effect on rights or safety; the presumed purposes name the uses where that usually holds. Three
/// contexts show that it does not (<c>docs/rules.md#risk-classifier</c>), and then the use is Medium with the
/// presumption shown for review, never Low and never dropped:
/// <list type="bullet">
/// <item>Research: the topic area (an Initiatives row's Workflow) is science, research or energy and the environment,
/// and no personal data or face recognition is involved: the output is about the world, not about people.</item>
/// <item>Law enforcement as the topic area only: no law-enforcement phrase in the name, purpose or outputs, no person
/// or investigative work named, and either no personal data or general-purpose office work (statistics, legal
/// research, charts, character recognition, chatbots): a back-office tool used by a law-enforcement agency.</item>
/// <item>Safety-critical infrastructure, vehicles or equipment named without the AI controlling, operating or
/// navigating anything: monitoring or research about them, not a safety-critical function.</item>
/// </list>
/// </summary>
public static class PresumptionContext
{
    private static readonly string[] TopicFields = ["TopicArea", "Workflow"];

    // The presumed purposes that are decisions about people's rights and access; safety, health and biometric
    // identification keep their presumption whatever the personal-data answer says.
    private static readonly HashSet<RiskCue> RightsClauses =
    [
        RiskCue.BenefitsEligibility, RiskCue.Employment, RiskCue.LawEnforcement, RiskCue.Immigration,
        RiskCue.FinancialSupervision, RiskCue.Education,
    ];

    /// <summary>
    /// The evidence of <paramref name="cue"/> when the presumption holds in its context; null when the cue is absent
    /// or its context shows the output is not a principal basis (<see cref="NotPrincipalBasis"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static string? Presumed(RiskInputs inputs, RiskCue cue)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.EvidenceOf(cue) is { } evidence && NotPrincipalBasis(inputs, cue) is null ? evidence : null;
    }

    /// <summary>
    /// Why <paramref name="cue"/>'s presumption does not hold in context, quoting its evidence and the context, such as
    /// <c>Purpose mentions "unemployment insurance", with no person or investigation named, and InvolvesPii is No</c>;
    /// null when the cue is absent or the presumption holds.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> is null.</exception>
    public static string? NotPrincipalBasis(RiskInputs inputs, RiskCue cue)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.EvidenceOf(cue) is not { } evidence)
        {
            return null;
        }
        if (ResearchTopic(inputs) is { } research && NoPersonalData(inputs) is { } none &&
            !inputs.Cues.Any(c => c.Cue == RiskCue.Biometrics && !IsText(c.Evidence)))
        {
            return $"{evidence}, in a research topic area ({research}) and {none}";
        }
        if (RightsClauses.Contains(cue) && Context(inputs, RiskCue.NamesPeople) is null)
        {
            if (NoPersonalData(inputs) is { } noPii)
            {
                return $"{evidence}, with no person or investigation named, and {noPii}";
            }
            if (cue == RiskCue.LawEnforcement && inputs.Cues.Where(c => c.Cue == cue).All(c => InTopic(c.Evidence)) &&
                Context(inputs, RiskCue.BackOfficeWork) is { } office)
            {
                return $"{evidence} only, for office work ({office}) with no person or investigation named";
            }
        }
        if (cue == RiskCue.PhysicalControl && Context(inputs, RiskCue.ControlsEquipment) is null)
        {
            return $"{evidence}, with nothing the AI controls, operates or navigates";
        }
        return null;
    }

    /// <summary>
    /// Personal data as an inventory says it (PII, demographic features) or as an Initiatives row declares it
    /// (DataTouched Customer personal), so an imported row and its inventory row reach the same level; null when none.
    /// </summary>
    public static string? PersonalData(RiskInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return inputs.EvidenceOf(RiskCue.PersonalData) ?? inputs.EvidenceOf(RiskCue.DemographicFeatures) ??
               (inputs.DataTouched.Contains(DataCategory.CustomerPersonal) ? "DataTouched includes Customer personal" : null);
    }

    /// <summary>
    /// The answer that no personal data is involved: the inventory's "InvolvesPii is No" (with no demographic
    /// feature), or an Initiatives row whose DataTouched is declared and holds no Customer personal, Regulated or
    /// Credentials data; null when personal data is involved or nothing is declared (a missing answer never lowers a
    /// level).
    /// </summary>
    public static string? NoPersonalData(RiskInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (PersonalData(inputs) is not null)
        {
            return null;
        }
        if (Context(inputs, RiskCue.NoPersonalData) is { } answer)
        {
            return answer;
        }
        return inputs.DataTouched.Count > 0 && !inputs.DataTouched.Overlaps(PersonalCategories)
            ? $"DataTouched is {string.Join(", ", inputs.DataTouched.Order().Select(EnumLabels<DataCategory>.Label))}"
            : null;
    }

    private static readonly DataCategory[] PersonalCategories =
        [DataCategory.CustomerPersonal, DataCategory.Regulated, DataCategory.Credentials];

    private static string? ResearchTopic(RiskInputs inputs) =>
        inputs.Context.Where(c => c.Cue == RiskCue.ResearchTopic && InTopic(c.Evidence)).Select(c => c.Evidence).FirstOrDefault();

    private static string? Context(RiskInputs inputs, RiskCue cue) =>
        inputs.Context.Where(c => c.Cue == cue).Select(c => c.Evidence).FirstOrDefault();

    private static bool InTopic(string evidence) =>
        TopicFields.Any(field => evidence.StartsWith(field + " mentions ", StringComparison.Ordinal));

    private static bool IsText(string evidence) => evidence.Contains(" mentions ", StringComparison.Ordinal);
}
