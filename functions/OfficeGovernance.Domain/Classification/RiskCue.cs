namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// A risk signal read from an AI inventory row (PRODUCT.md section 2, Inventory import). The High cues follow the
/// public definition of rights- and safety-impacting AI (OMB M-24-10); the Medium cues follow the Medium inputs of
/// PRODUCT.md section 2. Initiatives carry no cues.
/// </summary>
public enum RiskCue
{
    /// <summary>Decisions about individuals: adjudication, hiring and employment decisions, fraud findings, risk scores of people.</summary>
    DecisionsAboutIndividuals,
    /// <summary>Access to benefits: eligibility, benefit claims, disability determinations, overpayments.</summary>
    BenefitsEligibility,
    /// <summary>Law enforcement, justice, immigration and border work.</summary>
    LawEnforcement,
    /// <summary>Health care: patients, clinical decisions, medical records and devices.</summary>
    Health,
    /// <summary>The physical safety of people: weapons, explosives, passenger screening, nuclear material.</summary>
    PhysicalSafety,
    /// <summary>Critical infrastructure: power grids, water systems, dams, traffic control.</summary>
    CriticalInfrastructure,
    /// <summary>Face recognition or other biometric identification.</summary>
    Biometrics,
    /// <summary>Demographic variables are used as model features.</summary>
    DemographicFeatures,
    /// <summary>It disseminates information to the public.</summary>
    PublicDissemination,
    /// <summary>It supports a public-facing service.</summary>
    PublicFacingService,
    /// <summary>It involves personally identifiable information.</summary>
    PersonalData,
}

/// <summary>A cue with the evidence that raised it.</summary>
/// <param name="Cue">The cue.</param>
/// <param name="Evidence">
/// The input that raised it in words, quoting the field and the matched phrase or answer, such as
/// <c>Purpose mentions "eligibility"</c> or <c>InvolvesPii is Yes</c>.
/// </param>
public sealed record RiskCueEvidence(RiskCue Cue, string Evidence);
