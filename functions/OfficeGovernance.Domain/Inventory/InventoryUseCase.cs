using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>The inventory formats the importer knows (shared/data README; docs/rules.md#inventory-import).</summary>
public enum InventorySchema
{
    /// <summary>OMB's 2024 consolidated federal AI use case inventory (long survey headers, no id column).</summary>
    Omb2024,
    /// <summary>DHS's December 2024 inventory (Use Case ID, separate rights/safety columns).</summary>
    Dhs2024,
    /// <summary>The OMB M-25-21 (2025) schema: short CSV names, or the XLSX with long headers on sheet row 2.</summary>
    Omb2025,
}

/// <summary>What the agency itself declared about impact. Never a classifier input: kept to compare.</summary>
public enum DeclaredImpact
{
    /// <summary>Declared rights-impacting, safety-impacting, both, or high-impact.</summary>
    High,
    /// <summary>Declared neither / not high-impact.</summary>
    NotHigh,
    /// <summary>Blank, "too new to assess", or anything else.</summary>
    Unknown,
}

/// <summary>A yes/no survey answer after normalisation ("a) No", "Yes.", "N/A" ...).</summary>
public enum SurveyAnswer
{
    /// <summary>Yes.</summary>
    Yes,
    /// <summary>No.</summary>
    No,
    /// <summary>Blank, N/A, or an answer that is neither.</summary>
    Unknown,
}

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

/// <summary>What the importer did with a value it could not take as it was.</summary>
public enum InventoryIssueAction
{
    /// <summary>The value was dropped (the field is left empty); the rest of the row was kept.</summary>
    Rejected,
    /// <summary>The value was changed (for example a 1905 serial date read as a year); the message says how.</summary>
    Repaired,
    /// <summary>The whole row was skipped (for example an exact duplicate or a row without a name).</summary>
    Skipped,
}

/// <summary>One rejected, repaired or skipped value, located in the source.</summary>
/// <param name="SourceRow">The sheet row (XLSX) or CSV record number (header = 1).</param>
/// <param name="Column">The source column header (trimmed), or "(row)" for whole-row issues.</param>
/// <param name="Value">The value as found.</param>
/// <param name="Action">What was done.</param>
/// <param name="Message">Why, and the repaired value where there is one.</param>
public sealed record InventoryIssue(int SourceRow, string Column, string Value, InventoryIssueAction Action, string Message);

/// <summary>An inventory file read and normalised.</summary>
/// <param name="Schema">The format detected from the headers.</param>
/// <param name="UseCases">The use cases, in source order.</param>
/// <param name="Issues">Every rejected, repaired or skipped value, in source order.</param>
public sealed record InventoryReadResult(
    InventorySchema Schema, IReadOnlyList<InventoryUseCase> UseCases, IReadOnlyList<InventoryIssue> Issues);
