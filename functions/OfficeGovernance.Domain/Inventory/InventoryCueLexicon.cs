using OfficeGovernance.Domain.Classification;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// The phrase lists behind the text cues of an inventory row (PRODUCT.md section 2, Inventory import), in one place
/// so a reader can audit them. A phrase matches case-insensitively as whole words ("claims" does not match
/// "disclaimers"); spaces and hyphens only separate words (see <see cref="PhraseMatcher"/>). Lists prefer multi-word, context-specific
/// phrases; single words that mostly matched other senses in the 2024 federal inventory are left out, as each list's
/// remarks say. No list names an agency, bureau or use case.
/// </summary>
public static class InventoryCueLexicon
{
    /// <summary>
    /// Law enforcement, justice, immigration and border work. "Investigation", "surveillance", "border" and
    /// "enforcement" alone are left out: they matched accident investigations, disease surveillance and regulatory
    /// enforcement far more often than policing.
    /// </summary>
    public static IReadOnlyList<string> LawEnforcement { get; } =
    [
        "law & justice", "law and justice", "law enforcement", "criminal", "criminals", "criminal investigation",
        "investigative", "suspect", "suspects", "detention", "detainee", "detainees", "inmate", "inmates",
        "incarcerated", "incarceration", "prosecution", "prosecutors", "arrest", "arrests", "parole", "probation",
        "smuggling", "human trafficking", "drug trafficking", "narcotics", "contraband", "border security",
        "border crossing", "border crossings", "border enforcement", "immigration", "asylum", "deportation",
        "removal proceedings", "visa", "visas", "refugee", "refugees", "terrorism", "watchlist",
        "video surveillance", "covert surveillance", "surveillance of individuals"
    ];

    /// <summary>
    /// Access to benefits. "Claims" counts alone (benefit, disability and insurance claims); "benefits" alone does not
    /// (it names the expected benefits of every use case).
    /// </summary>
    public static IReadOnlyList<string> BenefitsEligibility { get; } =
    [
        "eligibility", "eligible for", "benefit claim", "benefit claims", "benefits claims", "claims",
        "claims processing", "claimant", "claimants", "disability determination", "disability determinations",
        "disability claim", "disability claims", "overpayment", "overpayments", "improper payment",
        "improper payments", "benefit fraud", "benefits fraud", "pension", "pensions", "payee", "payees"
    ];

    /// <summary>
    /// Decisions about individuals. "Hiring", "recruitment", "applicants" and "risk score" alone are left out: they
    /// matched HR drafting tools, grant applications and cyber or well risk scores.
    /// </summary>
    public static IReadOnlyList<string> DecisionsAboutIndividuals { get; } =
    [
        "adjudicate", "adjudicates", "adjudicating", "adjudicator", "adjudicators", "hiring decision",
        "hiring decisions", "employment decision", "employment decisions", "pre-employment", "job candidates",
        "job applicants", "applicant screening", "screening applicants", "screen applicants", "fraudulent",
        "identity fraud", "risk scoring of individuals", "individual risk score", "individual risk scores",
        "loan applicants", "credit decisions"
    ];

    /// <summary>
    /// Health care of people. "Health", "medical", "patient", "disease" and "diagnosis" alone are left out: they
    /// matched research, fault diagnosis, "health of the IT system" and disease modelling.
    /// </summary>
    public static IReadOnlyList<string> Health { get; } =
    [
        "health & medical", "health and medical", "patient care", "clinical care", "clinical decision",
        "clinical decisions", "clinical decision support", "clinician", "clinicians", "medical diagnosis",
        "diagnose patients", "diagnosing patients", "medical record", "medical records", "health record",
        "health records", "electronic health record", "medical device", "medical devices", "mental health",
        "suicide", "suicide prevention", "treatment plan", "treatment plans", "treatment decisions",
        "health care delivery"
    ];

    /// <summary>
    /// The physical safety of people. "Safety", "hazard", "aircraft" and "radiation" alone are left out: they matched
    /// research and environmental data far more often than safety-critical operation.
    /// </summary>
    public static IReadOnlyList<string> PhysicalSafety { get; } =
    [
        "weapon", "weapons", "explosive", "explosives", "firearm", "firearms", "prohibited items",
        "passenger screening", "screening of passengers", "on-person screening", "security screening",
        "security checkpoint", "security checkpoints", "screening checkpoint", "screening checkpoints",
        "checkpoint screening", "nuclear safety", "nuclear material", "nuclear materials", "nuclear reactor",
        "nuclear reactors", "public safety", "life safety", "aviation safety", "safety-critical", "safety critical",
        "autonomous vehicle", "autonomous vehicles"
    ];

    /// <summary>Critical infrastructure that moves or controls physical systems.</summary>
    public static IReadOnlyList<string> CriticalInfrastructure { get; } =
    [
        "critical infrastructure", "power grid", "electric grid", "electrical grid", "water treatment", "wastewater",
        "drinking water system", "dam safety", "pipeline safety", "air traffic control", "traffic control",
        "emergency services", "nuclear power"
    ];

    /// <summary>
    /// Biometric identification. "Face" and "iris" alone are left out ("faces challenges", a system named IRIS).
    /// </summary>
    public static IReadOnlyList<string> Biometrics { get; } =
    [
        "facial", "biometric", "biometrics", "fingerprint", "fingerprints", "iris scan", "iris scans",
        "iris recognition", "face recognition", "facial recognition", "face matching", "face comparison",
        "face capture", "voiceprint", "voiceprints"
    ];

    /// <summary>Every text cue with its phrase list, in the order the mapper reports them.</summary>
    public static IReadOnlyList<(RiskCue Cue, IReadOnlyList<string> Phrases)> All { get; } =
    [
        (RiskCue.LawEnforcement, LawEnforcement),
        (RiskCue.BenefitsEligibility, BenefitsEligibility),
        (RiskCue.DecisionsAboutIndividuals, DecisionsAboutIndividuals),
        (RiskCue.Health, Health),
        (RiskCue.PhysicalSafety, PhysicalSafety),
        (RiskCue.CriticalInfrastructure, CriticalInfrastructure),
        (RiskCue.Biometrics, Biometrics),
    ];
}
