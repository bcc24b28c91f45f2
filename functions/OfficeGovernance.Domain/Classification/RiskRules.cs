using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// The classifier's rules (PRODUCT.md section 2, Risk classifier) as one auditable table. Anything no rule matches
/// is Low ("internal summaries, first drafts, formatting, research collection, non-customer-facing analysis").
/// The inventory rules read <see cref="RiskInputs.Cues"/>, which only inventory rows carry (PRODUCT.md section 2,
/// Inventory import); the phrases behind the text cues are listed in <c>Inventory.InventoryCueLexicon</c>.
/// </summary>
public static class RiskRules
{
    private const string Source = "PRODUCT.md section 2";
    private const string Omb = "OMB M-24-10 rights-/safety-impacting purposes";

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
        new(RiskLevel.High, "Inventory text mentions law enforcement, justice, immigration or border work", Omb,
            i => i.EvidenceOf(RiskCue.LawEnforcement)),
        new(RiskLevel.High, "Inventory text mentions access to benefits: eligibility, benefit claims, disability determinations",
            Omb, i => i.EvidenceOf(RiskCue.BenefitsEligibility)),
        new(RiskLevel.High, "Inventory text mentions decisions about individuals: adjudication, hiring, fraud findings, " +
            "risk scores of people", Omb, i => i.EvidenceOf(RiskCue.DecisionsAboutIndividuals)),
        new(RiskLevel.High, "Inventory text mentions health care: patients, clinical decisions, medical records or devices",
            Omb + "; regulated content, " + Source, i => i.EvidenceOf(RiskCue.Health)),
        new(RiskLevel.High, "Inventory text mentions the physical safety of people: weapons, explosives, passenger screening, " +
            "nuclear material", Omb, i => i.EvidenceOf(RiskCue.PhysicalSafety)),
        new(RiskLevel.High, "Inventory text mentions critical infrastructure: grids, water systems, dams, traffic control",
            Omb, i => i.EvidenceOf(RiskCue.CriticalInfrastructure)),
        new(RiskLevel.High, "Inventory uses face recognition or biometric identification", Omb,
            i => i.EvidenceOf(RiskCue.Biometrics)),
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
            Omb + "; Customer personal data, " + Source, i => i.EvidenceOf(RiskCue.DemographicFeatures)),
    ];

    private static string? Action(RiskInputs inputs, WorkAction action) =>
        inputs.Actions.Contains(action) ? $"Actions include {EnumLabels<WorkAction>.Label(action)}" : null;

    private static string? Data(RiskInputs inputs, DataCategory data) =>
        inputs.DataTouched.Contains(data) ? $"DataTouched includes {EnumLabels<DataCategory>.Label(data)}" : null;
}
