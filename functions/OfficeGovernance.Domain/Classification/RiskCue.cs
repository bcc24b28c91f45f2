namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// A risk signal read from an AI inventory row (docs/rules.md#inventory-import). The High text cues restate
/// the purposes OMB M-25-21 presumes high-impact (section 6); the Medium cues follow the Medium inputs of
/// docs/rules.md#risk-classifier. <see cref="RiskRules"/> gives each cue's rule and source. An Initiatives row carries the text cues of its
/// Name, Workflow and Purpose.
/// </summary>
public enum RiskCue
{
    /// <summary>Eligibility for, access to, or the amount of government benefits and services.</summary>
    BenefitsEligibility,
    /// <summary>Hiring, promotion, evaluation, discipline or termination of employees; workplace monitoring.</summary>
    Employment,
    /// <summary>Law enforcement and surveillance tools: suspects, crime, custody, forensics, tracking of people.</summary>
    LawEnforcement,
    /// <summary>Immigration, asylum, visa, detention and border decisions about people.</summary>
    Immigration,
    /// <summary>Identification of people from images, voice or other biometrics (text, or a face recognition answer).</summary>
    Biometrics,
    /// <summary>Clinical and health decisions: patient diagnosis, treatment, medical devices, allocation of care.</summary>
    Health,
    /// <summary>Credit, lending and insurance decisions; supervision and credit risk of financial institutions.</summary>
    FinancialSupervision,
    /// <summary>Control of physical infrastructure, vehicles and equipment; safety-critical functions; hazardous materials.</summary>
    PhysicalControl,
    /// <summary>Security of people and government facilities: weapons, explosives, screening of people, access control.</summary>
    SecurityScreening,
    /// <summary>Education: admissions, testing and grading, discipline, scholarships and student aid.</summary>
    Education,
    /// <summary>The topic area is health and medical, with no decision about a person named.</summary>
    HealthTopic,
    /// <summary>The AI is classified as agentic: it takes actions on its own (2025 schema, classification).</summary>
    AgenticAi,
    /// <summary>Demographic variables are used as model features.</summary>
    DemographicFeatures,
    /// <summary>It disseminates information to the public.</summary>
    PublicDissemination,
    /// <summary>It supports a public-facing service.</summary>
    PublicFacingService,
    /// <summary>It involves personally identifiable information.</summary>
    PersonalData,
    /// <summary>
    /// Context, never a level by itself: the topic area (an Initiatives row's Workflow) names science, research or
    /// energy and the environment (<see cref="PresumptionContext"/>).
    /// </summary>
    ResearchTopic,
    /// <summary>
    /// Context, never a level by itself: the text names general-purpose office work (statistics, forecasting, legal
    /// research, charts, character recognition, chatbots, test data).
    /// </summary>
    BackOfficeWork,
    /// <summary>
    /// Context, never a level by itself: the text names people or investigative work about them (individuals,
    /// travelers, profiles, cases, investigations, alerts, threats, intelligence, faces).
    /// </summary>
    NamesPeople,
    /// <summary>Context, never a level by itself: the text says the AI controls, operates or navigates something.</summary>
    ControlsEquipment,
    /// <summary>
    /// Context, never a level by itself: the inventory answers No to personally identifiable information and names no
    /// demographic feature. A blank answer is not this cue: a missing answer never lowers a level.
    /// </summary>
    NoPersonalData,
}
