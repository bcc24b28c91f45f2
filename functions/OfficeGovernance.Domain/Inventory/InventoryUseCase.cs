using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// One use case of an AI inventory, normalised across the supported schemas: whitespace, non-breaking spaces and
/// case cleaned, dates parsed where they can be. Only the fields listed as classifier inputs may feed the risk
/// classifier; <see cref="DeclaredImpact"/> and <see cref="DeclaredImpactText"/> never do (docs/rules.md#inventory-import).
/// </summary>
public sealed record InventoryUseCase
{
    /// <summary>Where it came from: the sheet row of an XLSX, or the CSV record number (the header record is 1).</summary>
    public required int SourceRow { get; init; }
    /// <summary>The source's use case id, trimmed; null when the schema has none or the cell is blank or a placeholder such as "TBD".</summary>
    public string? SourceId { get; init; }
    /// <summary>The use case name, whitespace-normalised.</summary>
    public required string Name { get; init; }
    /// <summary>The agency's name or abbreviation as given (abbreviation preferred); null when blank.</summary>
    public string? Agency { get; init; }
    /// <summary>The bureau or component; null when blank.</summary>
    public string? Bureau { get; init; }
    /// <summary>Classifier input: the topic area (with the "Other" explanation appended when given).</summary>
    public string? TopicArea { get; init; }
    /// <summary>Classifier input: the intended purpose and benefits, or summary.</summary>
    public string? Purpose { get; init; }
    /// <summary>Classifier input: the described outputs.</summary>
    public string? Outputs { get; init; }
    /// <summary>
    /// Classifier input (2025 schema, <c>classification</c>): the kind of AI as written, such as "Agentic AI" or
    /// "Generative AI"; null when blank or the schema has no such column.
    /// </summary>
    public string? AiClassification { get; init; }
    /// <summary>The stage as written in the source.</summary>
    public string? StageText { get; init; }
    /// <summary>The portfolio stage the source stage maps to; null when it maps to none.</summary>
    public Stage? Stage { get; init; }
    /// <summary>Classifier input: does it involve PII maintained by the agency.</summary>
    public SurveyAnswer InvolvesPii { get; init; } = SurveyAnswer.Unknown;
    /// <summary>Classifier input: does it support a public-facing (HISP) service.</summary>
    public SurveyAnswer PublicFacingService { get; init; } = SurveyAnswer.Unknown;
    /// <summary>Classifier input: does it disseminate information to the public.</summary>
    public SurveyAnswer DisseminatesToPublic { get; init; } = SurveyAnswer.Unknown;
    /// <summary>Classifier input: demographic variables used as model features; null when none or blank.</summary>
    public string? DemographicFeatures { get; init; }
    /// <summary>Classifier input: face recognition or face capture (an explicit column where the schema has one).</summary>
    public SurveyAnswer FaceRecognition { get; init; } = SurveyAnswer.Unknown;
    /// <summary>When the use case was initiated; null when blank or unparseable (reported).</summary>
    public DateOnly? Initiated { get; init; }
    /// <summary>When acquisition or development began; null when blank, unparseable (reported), or the schema has no such column.</summary>
    public DateOnly? DevelopmentStarted { get; init; }
    /// <summary>When it was implemented or deployed; null when blank or unparseable (reported).</summary>
    public DateOnly? Implemented { get; init; }
    /// <summary>When it was retired; null when blank, not retired, or unparseable (reported).</summary>
    public DateOnly? Retired { get; init; }
    /// <summary>A contact email; null when blank or not an email.</summary>
    public string? ContactEmail { get; init; }
    /// <summary>Not a classifier input: the impact the agency declared.</summary>
    public DeclaredImpact DeclaredImpact { get; init; } = DeclaredImpact.Unknown;
    /// <summary>Not a classifier input: the declared impact as written (for the report).</summary>
    public string? DeclaredImpactText { get; init; }
}
