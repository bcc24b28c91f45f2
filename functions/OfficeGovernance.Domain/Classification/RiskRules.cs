using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// The classifier's rules (docs/rules.md#risk-classifier) as one auditable table. Anything no rule matches
/// is Low ("internal summaries, first drafts, formatting, research collection, non-customer-facing analysis") when
/// the inputs describe the work, and Unassessed when they do not (see <see cref="RiskClassifier"/>).
/// The inventory rules read <see cref="RiskInputs.Cues"/>, which only inventory rows carry (docs/rules.md#risk-classifier,
/// Inventory import); each High one restates a purpose OMB M-25-21 presumes high-impact and cites it, and the phrases
/// behind the text cues are listed in <c>Inventory.InventoryCueLexicon</c>. A declared impact, or an answer to a
/// question asked only of high-impact use cases, is never an input.
/// </summary>
public static class RiskRules
{
    private const string Source = "docs/rules.md#risk-classifier";
    private const string M2521 = "OMB M-25-21 section 6, uses presumed high-impact";

    /// <summary>Every rule, High first; the classifier takes the highest level that any rule sets.</summary>
    public static IReadOnlyList<RiskRule> All { get; } =
    [
        new(RiskLevel.High, "Actions include Change permissions", Source, i => Action(i, WorkAction.ChangePermissions)),
        new(RiskLevel.High, "Actions include Change billing", Source, i => Action(i, WorkAction.ChangeBilling)),
        new(RiskLevel.High, "Actions include Deploy code", Source, i => Action(i, WorkAction.DeployCode)),
        new(RiskLevel.High, "Actions include Decide autonomously", Source, i => Action(i, WorkAction.DecideAutonomously)),
        new(RiskLevel.High, "Update records on Customer personal data", Source, i =>
            i.Actions.Contains(WorkAction.UpdateRecords) && i.DataTouched.Contains(DataCategory.CustomerPersonal)
                ? "Actions include Update records on DataTouched Customer personal"
                : null),
        new(RiskLevel.High, "Publish to a Public audience", Source, i =>
            i.Actions.Contains(WorkAction.Publish) && i.Audience == Audience.Public
                ? "Actions include Publish with Audience Public"
                : null),
        new(RiskLevel.High, "DataTouched includes Regulated", Source, i => Data(i, DataCategory.Regulated)),
        new(RiskLevel.High, "DataTouched includes Credentials", Source, i => Data(i, DataCategory.Credentials)),
        new(RiskLevel.High, "Inventory text names eligibility for, access to, or the amount of government benefits or services",
            M2521 + ": access to or eligibility for government benefits and services", i => PresumptionContext.Presumed(i, RiskCue.BenefitsEligibility)),
        new(RiskLevel.High, "Inventory text names hiring, promotion, evaluation, discipline or termination of employees, " +
            "or workplace monitoring", M2521 + ": employment decisions and workplace monitoring",
            i => PresumptionContext.Presumed(i, RiskCue.Employment)),
        new(RiskLevel.High, "Inventory text names law enforcement or surveillance work: suspects, crime, custody, forensics, " +
            "tracking of people", M2521 + ": law enforcement and surveillance", i => PresumptionContext.Presumed(i, RiskCue.LawEnforcement)),
        new(RiskLevel.High, "Inventory text names immigration, asylum, visa, detention or border decisions about people",
            M2521 + ": immigration, asylum and border decisions", i => PresumptionContext.Presumed(i, RiskCue.Immigration)),
        new(RiskLevel.High, "Inventory identifies people from images, voice or other biometrics (text, or FaceRecognition Yes)",
            M2521 + ": biometric identification", i => PresumptionContext.Presumed(i, RiskCue.Biometrics)),
        new(RiskLevel.High, "Inventory text names clinical or health decisions: patients, diagnosis, treatment, medical devices, " +
            "allocation of care", M2521 + ": medically relevant functions, patient diagnosis, risk assessment or treatment",
            i => PresumptionContext.Presumed(i, RiskCue.Health)),
        new(RiskLevel.High, "Inventory text names credit, lending or insurance decisions, or supervision and credit risk of " +
            "financial institutions", M2521 + ": credit, lending and financial supervision",
            i => PresumptionContext.Presumed(i, RiskCue.FinancialSupervision)),
        new(RiskLevel.High, "Inventory text names control of physical infrastructure, vehicles or equipment, safety-critical " +
            "functions or hazardous materials", M2521 + ": safety-critical functions of critical infrastructure, vehicles " +
            "and equipment", i => PresumptionContext.Presumed(i, RiskCue.PhysicalControl)),
        new(RiskLevel.High, "Inventory text names the security of people or facilities: weapons, explosives, screening of " +
            "people, access control", M2521 + ": security of and access to government facilities",
            i => PresumptionContext.Presumed(i, RiskCue.SecurityScreening)),
        new(RiskLevel.High, "Inventory text names education decisions: admissions, testing and grading, discipline, " +
            "scholarships or student aid", M2521 + ": education", i => PresumptionContext.Presumed(i, RiskCue.Education)),
        new(RiskLevel.High, "Inventory topic area (or Workflow) is health and medical and the use case involves personal " +
            "data (PII, demographic features, or DataTouched Customer personal): regulated health data", "DataTouched Regulated, " + Source, i =>
                i.EvidenceOf(RiskCue.HealthTopic) is { } topic && PersonalData(i) is { } pii ? $"{topic} and {pii}" : null),
        new(RiskLevel.High, "Inventory classifies the AI as agentic and it involves personal data: it acts on people's " +
            "records", "Update records on Customer personal data, " + Source, i =>
                i.EvidenceOf(RiskCue.AgenticAi) is { } agentic && PersonalData(i) is { } pii ? $"{agentic} and {pii}" : null),
        new(RiskLevel.Medium, "Inventory text names a use M-25-21 presumes high-impact in a context showing its output is " +
            "not a principal basis for decisions about people or control of equipment (a research topic area; PII " +
            "answered No and no person named; law enforcement only as the topic area, for office work; equipment the AI " +
            "does not control): shown for review",
            M2521 + ": the presumption read with the memo's definition of high-impact (an output that is a principal basis " +
            "for decisions or actions with a significant effect on rights or safety)", NotPrincipalBasis),
        new(RiskLevel.Medium, "Audience is Customer-facing", Source, i =>
            i.Audience == Audience.CustomerFacing ? "Audience is Customer-facing" : null),
        new(RiskLevel.Medium, "Actions include Send externally", Source, i => Action(i, WorkAction.SendExternally)),
        new(RiskLevel.Medium, "Update records on internal data", Source, i =>
            i.Actions.Contains(WorkAction.UpdateRecords) && !i.DataTouched.Contains(DataCategory.CustomerPersonal)
                ? "Actions include Update records on internal data"
                : null),
        new(RiskLevel.Medium, "DataTouched includes Customer personal", Source, i => Data(i, DataCategory.CustomerPersonal)),
        new(RiskLevel.Medium, "DataTouched includes Financial", Source, i => Data(i, DataCategory.Financial)),
        new(RiskLevel.Medium, "Inventory involves personally identifiable information (Customer personal data)", Source,
            i => i.EvidenceOf(RiskCue.PersonalData)),
        new(RiskLevel.Medium, "Inventory supports a public-facing service (Audience Customer-facing)", Source,
            i => i.EvidenceOf(RiskCue.PublicFacingService)),
        new(RiskLevel.Medium, "Inventory disseminates information to the public (a person approves before it leaves; " +
            "High needs Publish to Public by the AI itself)", Source, i => i.EvidenceOf(RiskCue.PublicDissemination)),
        new(RiskLevel.Medium, "Inventory uses demographic variables as model features (disparities need review)",
            "Customer personal data, " + Source, i => i.EvidenceOf(RiskCue.DemographicFeatures)),
        new(RiskLevel.Medium, "Inventory topic area is health and medical, with no decision about a person named " +
            "(a person approves before it leaves)", "regulated content, " + Source, i => i.EvidenceOf(RiskCue.HealthTopic)),
        new(RiskLevel.Medium, "Inventory classifies the AI as agentic: it acts on its own (internal automation that changes " +
            "team workflows)", Source, i => i.EvidenceOf(RiskCue.AgenticAi)),
    ];

    private static readonly RiskCue[] Presumptions =
    [
        RiskCue.BenefitsEligibility, RiskCue.Employment, RiskCue.LawEnforcement, RiskCue.Immigration, RiskCue.Biometrics,
        RiskCue.Health, RiskCue.FinancialSupervision, RiskCue.PhysicalControl, RiskCue.SecurityScreening, RiskCue.Education,
    ];

    private static string? PersonalData(RiskInputs i) => PresumptionContext.PersonalData(i);

    private static string? NotPrincipalBasis(RiskInputs i)
    {
        var reasons = Presumptions.Select(cue => PresumptionContext.NotPrincipalBasis(i, cue)).OfType<string>().ToArray();
        return reasons.Length == 0 ? null : string.Join("; ", reasons);
    }

    private static string? Action(RiskInputs inputs, WorkAction action) =>
        inputs.Actions.Contains(action) ? $"Actions include {EnumLabels<WorkAction>.Label(action)}" : null;

    private static string? Data(RiskInputs inputs, DataCategory data) =>
        inputs.DataTouched.Contains(data) ? $"DataTouched includes {EnumLabels<DataCategory>.Label(data)}" : null;
}
