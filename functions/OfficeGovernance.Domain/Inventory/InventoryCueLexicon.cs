using OfficeGovernance.Domain.Classification;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// The phrase lists behind the text cues of an inventory row (docs/rules.md#inventory-import), in one place
/// so a reader can audit them. Each list restates one purpose that OMB M-25-21 (section 6, the uses presumed
/// high-impact) names; <see cref="RiskRules"/> cites the clause. A phrase matches case-insensitively as whole words
/// ("claims" does not match "disclaimers"); spaces and hyphens only separate words (see <see cref="PhraseMatcher"/>).
/// Lists prefer multi-word, context-specific phrases. The remarks name the single words left out because they mostly
/// meant something else in the development agencies of the 2024 federal inventory (README, "How well the classifier
/// generalises"); no phrase was chosen by looking at the held-out agencies. No list names an agency, bureau or use case.
/// The context lists (<see cref="Context"/>: research topics, office work, people, control of equipment) qualify a
/// presumption (<see cref="PresumptionContext"/>, ADR 0034) and never set a level by themselves.
/// </summary>
public static class InventoryCueLexicon
{
    /// <summary>
    /// Eligibility for, access to, or the amount of government benefits and services. "Benefits" alone is left out
    /// (it names the expected benefits of every use case), and so is "Medicare" alone: in the development agencies it
    /// named analyses of drug prices and of plans, never a decision about a beneficiary.
    /// </summary>
    public static IReadOnlyList<string> BenefitsEligibility { get; } =
    [
        "eligibility", "eligible for", "ineligible", "benefit claim", "benefit claims", "benefits claims", "claims",
        "claims processing", "claimant", "claimants", "disability determination", "disability determinations",
        "disability claim", "disability claims", "disability benefits", "overpayment", "overpayments",
        "improper payment", "improper payments", "benefit fraud", "benefits fraud", "pension", "pensions", "payee",
        "payees", "entitlement", "entitlements", "adjudicate", "adjudicates", "adjudicating", "adjudication",
        "adjudications", "adjudicator", "adjudicators", "benefit applications", "benefits applications",
        "application for benefits", "applications for benefits", "grant award", "grant awards", "award decisions",
        "medicaid", "social security benefits", "veterans benefits", "housing assistance",
        "food assistance", "unemployment insurance", "identity fraud", "fraudulent",
    ];

    /// <summary>
    /// Hiring, promotion, performance evaluation, discipline or termination of employees, and workplace monitoring.
    /// "Hiring", "recruitment", "applicants" and "performance evaluation" alone are left out: they matched HR drafting
    /// tools, grant applications and the evaluation of models.
    /// </summary>
    public static IReadOnlyList<string> Employment { get; } =
    [
        "hiring decision", "hiring decisions", "employment decision", "employment decisions", "pre-employment",
        "job candidates", "job applicants", "applicant screening", "screening applicants", "screen applicants",
        "resume screening", "screening resumes", "employee performance", "performance appraisal",
        "performance appraisals", "promotion decisions", "disciplinary action", "disciplinary actions",
        "termination of employment", "employee monitoring", "workplace monitoring", "insider threat",
        "background investigation", "background investigations", "security clearance", "security clearances",
        "suitability determination", "suitability determinations", "career pathways", "background check",
        "background checks", "background search", "background searches", "character and fitness",
        "fitness determination", "fitness determinations", "e-verify", "employment eligibility",
        "employment verification",
    ];

    /// <summary>
    /// Law enforcement and surveillance: identifying suspects, predicting crime, risk assessments of people, forensic
    /// analysis, tracking and surveillance of individuals, custody. "Investigation", "surveillance" and "enforcement"
    /// alone are left out: they matched accident investigations, disease surveillance and regulatory enforcement far
    /// more often than policing.
    /// </summary>
    public static IReadOnlyList<string> LawEnforcement { get; } =
    [
        "law & justice", "law and justice", "law enforcement", "criminal", "criminals", "criminal investigation",
        "criminal history", "investigative", "suspect", "suspects", "inmate", "inmates", "incarcerated",
        "incarceration", "custodial", "prosecution", "prosecutors", "arrest", "arrests", "parole", "probation",
        "recidivism", "offender", "offenders", "smuggling", "human trafficking", "drug trafficking", "narcotics",
        "contraband", "terrorism", "watchlist", "forensic", "forensics", "predictive policing", "license plate",
        "license plates", "gunshot detection", "social media monitoring", "video surveillance", "covert surveillance",
        "surveillance of individuals",
    ];

    /// <summary>Immigration, asylum, visa, detention and border decisions about people.</summary>
    public static IReadOnlyList<string> Immigration { get; } =
    [
        "immigration", "immigrant", "immigrants", "asylum", "deportation", "removal proceedings", "visa", "visas",
        "refugee", "refugees", "naturalization", "detention", "detainee", "detainees", "border security",
        "border crossing", "border crossings", "border enforcement", "port of entry", "ports of entry",
    ];

    /// <summary>
    /// Identifying people from images, voice or other biometrics. "Face" and "iris" alone are left out ("faces
    /// challenges", a system named IRIS).
    /// </summary>
    public static IReadOnlyList<string> Biometrics { get; } =
    [
        "facial", "biometric", "biometrics", "fingerprint", "fingerprints", "iris scan", "iris scans",
        "iris recognition", "face recognition", "facial recognition", "face matching", "face comparison",
        "face capture", "face detection", "voiceprint", "voiceprints", "speaker identification",
        "identity verification", "verify identity", "verify the identity",
    ];

    /// <summary>
    /// Clinical and health decisions: patient diagnosis, risk assessment or treatment, medically relevant functions of
    /// medical devices, allocation of care. "Health", "medical", "disease", "diagnosis" and "treatment" alone, "health
    /// records", and the topic area "Health &amp; Medical" alone, are left out: they matched research, fault
    /// diagnosis, "health of the IT system", disease modelling, water and post-fire treatment, and health records as
    /// the data source of research or redaction.
    /// </summary>
    public static IReadOnlyList<string> Health { get; } =
    [
        "patient", "patients", "patient care", "clinical care", "clinical decision", "clinical decisions",
        "clinical decision support", "clinical review", "clinical practice", "clinician", "clinicians",
        "medical diagnosis", "medical record", "medical records", "electronic health record",
        "electronic health records", "medical device", "medical devices", "mental health", "suicide",
        "suicide prevention", "treatment plan", "treatment plans", "treatment planning", "treatment decisions",
        "treatment needs", "treatment services", "medical procedure", "medical procedures", "medication",
        "medications", "prescription", "prescriptions", "health care delivery", "psychological", "radiology",
        "pathology", "sepsis", "health care", "physician", "physicians", "nurse", "nurses", "hospital",
        "hospitals", "diagnose", "medical imaging",
    ];

    /// <summary>
    /// Credit, lending and insurance decisions about people, and the supervision and credit risk of financial
    /// institutions. "Supervisory" alone is left out: in the development agencies it named the supervision of staff.
    /// </summary>
    public static IReadOnlyList<string> FinancialSupervision { get; } =
    [
        "credit decisions", "credit risk", "creditworthiness", "credit scoring", "credit score", "credit scores",
        "loan applicants", "loan application", "loan applications", "lending decisions", "underwriting",
        "bank supervision", "bank examination", "bank examinations", "bank examiners",
        "financial institution supervision", "money laundering", "anti money laundering", "suspicious activity report",
        "suspicious activity reports",
    ];

    /// <summary>
    /// Control of physical infrastructure, vehicles and equipment: safety-critical functions of critical
    /// infrastructure, traffic control, the physical movement of vehicles or robots, hazardous materials.
    /// "Safety", "hazard", "aircraft" and "radiation" alone are left out: they matched research and environmental
    /// data far more often than safety-critical operation.
    /// </summary>
    public static IReadOnlyList<string> PhysicalControl { get; } =
    [
        "critical infrastructure", "power grid", "electric grid", "electrical grid", "water treatment", "wastewater",
        "drinking water system", "dam safety", "pipeline safety", "air traffic control", "traffic control",
        "emergency services", "nuclear power", "nuclear safety", "nuclear material", "nuclear materials",
        "nuclear reactor", "nuclear reactors", "safety-critical", "safety critical", "autonomous vehicle",
        "autonomous vehicles", "self-driving", "unmanned aircraft", "industrial control system",
        "industrial control systems", "scada", "collision avoidance", "hazardous materials", "hazardous chemicals",
        "biological agents", "aviation safety", "life safety",
    ];

    /// <summary>
    /// The security of people and government facilities: weapons, explosives, screening of people, access control.
    /// </summary>
    public static IReadOnlyList<string> SecurityScreening { get; } =
    [
        "weapon", "weapons", "explosive", "explosives", "firearm", "firearms", "prohibited items",
        "passenger screening", "screening of passengers", "on-person screening", "security screening",
        "security checkpoint", "security checkpoints", "screening checkpoint", "screening checkpoints",
        "checkpoint screening", "public safety", "physical security", "facility security", "access control",
    ];

    /// <summary>Education: admissions, testing and grading of students, discipline, scholarships and student aid.</summary>
    public static IReadOnlyList<string> Education { get; } =
    [
        "admissions", "admission decisions", "student discipline", "plagiarism", "proctoring", "test scoring",
        "essay scoring", "scholarship", "scholarships", "student aid", "financial aid", "grading students",
    ];

    /// <summary>
    /// Health content without a decision about a person: the topic area "Health &amp; Medical" alone. It is a Medium
    /// cue, not High, because in the development agencies it mostly named research and statistics.
    /// </summary>
    public static IReadOnlyList<string> HealthTopic { get; } = ["health & medical", "health and medical"];

    /// <summary>
    /// Context (M-25-21 section 6's test: the output is a principal basis for decisions or actions with a significant
    /// effect on rights or safety): a topic area of science, research or energy and the environment. Read only from
    /// the topic area (an Initiatives row's Workflow).
    /// </summary>
    public static IReadOnlyList<string> ResearchTopic { get; } =
    [
        "science", "science & space", "science and space", "energy & the environment", "energy and the environment",
        "research",
    ];

    /// <summary>
    /// Context: general-purpose office work whose output is a document, a figure or a search aid rather than a decision
    /// about a person.
    /// </summary>
    public static IReadOnlyList<string> BackOfficeWork { get; } =
    [
        "statistic", "statistics", "statistical", "forecast", "forecasts", "forecasting", "legal research", "chart",
        "charts", "diagram", "diagrams", "visualization", "visualizations", "visualisation", "visualisations",
        "visualize", "test data", "digitize", "digitizes", "digitized", "digitizing", "digitization", "digitise",
        "digitised", "digitisation", "optical character recognition", "ocr", "chatbot", "chatbots",
        "table of contents", "spectra", "economic analysis", "economic analyses",
    ];

    /// <summary>
    /// Context: the text names people (individuals, travelers, applicants, claimants, students, employees, patients
    /// ...), or investigative work whose output is about people (cases, investigations, alerts, threats, intelligence).
    /// </summary>
    public static IReadOnlyList<string> NamesPeople { get; } =
    [
        "individual", "individuals", "person", "persons", "people", "traveler", "travelers", "traveller",
        "travellers", "passenger", "passengers", "profile", "profiles", "identity", "identities", "link analysis",
        "linkage", "linkages", "alert", "alerts", "case", "cases", "investigation", "investigations", "investigative",
        "investigator", "investigators", "threat", "threats", "intelligence", "face", "faces", "applicant",
        "applicants", "claimant", "claimants", "beneficiary", "beneficiaries", "recipient", "recipients", "student",
        "students", "employee", "employees", "worker", "workers", "inmate", "inmates", "offender", "offenders",
        "patient", "patients", "resident", "residents", "citizen", "citizens", "household", "households", "family",
        "families", "child", "children", "veteran", "veterans", "taxpayer", "taxpayers", "candidate", "candidates",
    ];

    /// <summary>Context: the AI controls, operates or navigates equipment (a principal basis for a physical action).</summary>
    public static IReadOnlyList<string> ControlsEquipment { get; } =
    [
        "control", "controls", "controlling", "operate", "operates", "operating", "navigate", "navigates",
        "navigating", "navigation", "actuate", "actuates", "actuator", "actuators", "steer", "steers", "steering",
        "shut", "shuts", "shutdown", "shutoff",
    ];

    /// <summary>
    /// The phrases left out of <see cref="All"/> by the one tuning step fitted to data: on the development files (the
    /// 2024 inventory, the DHS inventory and the 2025 development agencies) each was the only evidence that put a use
    /// case in High at least three times and never for one declared high-impact. The evaluation reruns that step
    /// without each agency's rows before scoring the agency (README, "How well the classifier generalises").
    /// </summary>
    public static IReadOnlySet<string> LeftOut { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "adjudication", "adjudicators", "biometric", "criminal", "criminal investigation",
        "electronic health records", "eligibility", "forensics", "immigration", "investigative", "medication",
        "proctoring",
    };

    /// <summary>Every text cue with its phrase list as written, before <see cref="LeftOut"/>, in report order.</summary>
    public static IReadOnlyList<(RiskCue Cue, IReadOnlyList<string> Phrases)> Candidates { get; } =
    [
        (RiskCue.BenefitsEligibility, BenefitsEligibility),
        (RiskCue.Employment, Employment),
        (RiskCue.LawEnforcement, LawEnforcement),
        (RiskCue.Immigration, Immigration),
        (RiskCue.Biometrics, Biometrics),
        (RiskCue.Health, Health),
        (RiskCue.FinancialSupervision, FinancialSupervision),
        (RiskCue.PhysicalControl, PhysicalControl),
        (RiskCue.SecurityScreening, SecurityScreening),
        (RiskCue.Education, Education),
        (RiskCue.HealthTopic, HealthTopic),
    ];

    /// <summary>
    /// The context lists with their cues (never a level by themselves), read by a matcher of their own so a word that
    /// is also a risk phrase ("claimants", "inmates") counts for both; never tuned.
    /// </summary>
    public static IReadOnlyList<(RiskCue Cue, IReadOnlyList<string> Phrases)> Context { get; } =
    [
        (RiskCue.ResearchTopic, ResearchTopic),
        (RiskCue.BackOfficeWork, BackOfficeWork),
        (RiskCue.NamesPeople, NamesPeople),
        (RiskCue.ControlsEquipment, ControlsEquipment),
    ];

    /// <summary>Every text cue with its phrase list, <see cref="LeftOut"/> removed, in the order the mapper reports them.</summary>
    public static IReadOnlyList<(RiskCue Cue, IReadOnlyList<string> Phrases)> All { get; } = Candidates
        .Select(l => (l.Cue, (IReadOnlyList<string>)l.Phrases.Where(p => !LeftOut.Contains(p)).ToArray()))
        .ToArray();
}
