using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>The header layouts the reader recognises (shared/data README), tried in this order.</summary>
internal static class InventoryLayouts
{
    private const string Pii = "does this ai use case involve personally identifiable information (pii) that is maintained by the agency?";
    private const string PublicFacing = "is this ai use case supporting a high-impact service provider (hisp) public-facing service?";
    private const string Disseminates = "does this ai use case disseminate information to the public?";
    private const string Purpose2024 = "what is the intended purpose and expected benefits of the ai?";
    private const string Outputs = "describe the ai system's outputs.";
    private const string Demographics = "which, if any, demographic variables does the ai use case explicitly use as model features?";

    private static readonly Dictionary<string, Stage> LifeCycleStages = new(StringComparer.Ordinal)
    {
        ["initiated"] = Stage.Idea,
        ["acquisition and/or development"] = Stage.Pilot,
        ["development and/or acquisition"] = Stage.Pilot,
        ["implementation and assessment"] = Stage.EarlyProduction,
        ["operation and maintenance"] = Stage.ScaledRollout,
        ["retired"] = Stage.Retired,
        ["disposal/retired"] = Stage.Retired,
    };

    private static readonly Dictionary<string, Stage> Stages2025 = new(StringComparer.Ordinal)
    {
        ["pre-deployment"] = Stage.Idea,
        ["pilot"] = Stage.Pilot,
        ["deployed"] = Stage.ScaledRollout,
        ["retired"] = Stage.Retired,
    };

    /// <summary>OMB's 2024 consolidated inventory.</summary>
    public static InventoryLayout Omb2024 { get; } = new(
        InventorySchema.Omb2024,
        "2024 OMB consolidated inventory",
        ["use case name", "agency abbreviation", "is the ai use case rights-impacting, safety-impacting, both, or neither?"],
        new Dictionary<InventoryField, string[]>
        {
            [InventoryField.Name] = ["use case name"],
            [InventoryField.Agency] = ["agency abbreviation", "agency"],
            [InventoryField.Bureau] = ["bureau"],
            [InventoryField.TopicArea] = ["use case topic area"],
            [InventoryField.Purpose] = [Purpose2024],
            [InventoryField.Outputs] = [Outputs],
            [InventoryField.Stage] = ["stage of development"],
            [InventoryField.DeclaredImpact] = ["is the ai use case rights-impacting, safety-impacting, both, or neither?"],
            [InventoryField.Initiated] = ["date initiated"],
            [InventoryField.DevelopmentStarted] = ["date when acquisition and/or development began"],
            [InventoryField.Implemented] = ["date implemented"],
            [InventoryField.Retired] = ["date retired"],
            [InventoryField.Pii] = [Pii],
            [InventoryField.PublicFacing] = [PublicFacing],
            [InventoryField.Disseminates] = [Disseminates],
            [InventoryField.Demographics] = [Demographics],
        },
        LifeCycleStages);

    /// <summary>DHS's December 2024 inventory.</summary>
    public static InventoryLayout Dhs2024 { get; } = new(
        InventorySchema.Dhs2024,
        "DHS 2024 inventory",
        ["use case id", "use case name", "component", "is the use case rights-impacting?"],
        new Dictionary<InventoryField, string[]>
        {
            [InventoryField.SourceId] = ["use case id"],
            [InventoryField.Name] = ["use case name"],
            [InventoryField.Agency] = ["agency"],
            [InventoryField.Bureau] = ["component"],
            [InventoryField.Summary] = ["summary of use case"],
            [InventoryField.Active] = ["is the use case currently active?"],
            [InventoryField.Stage] = ["stage of system development life cycle"],
            [InventoryField.TopicArea] = ["use case topic area"],
            [InventoryField.FaceRecognition] = ["is the use case using face recognition / face capture technology?"],
            [InventoryField.Purpose] = [Purpose2024],
            [InventoryField.Outputs] = [Outputs],
            [InventoryField.RightsImpacting] = ["is the use case rights-impacting?"],
            [InventoryField.SafetyImpacting] = ["is the use case safety-impacting?"],
            [InventoryField.Initiated] = ["date initiated"],
            [InventoryField.DevelopmentStarted] = ["date when development and/or acquisition began"],
            [InventoryField.Implemented] = ["date deployed into operations"],
            [InventoryField.Retired] = ["retired date"],
            [InventoryField.PublicFacing] = [PublicFacing],
            [InventoryField.Disseminates] = [Disseminates],
            [InventoryField.Pii] = [Pii],
            [InventoryField.Demographics] = [Demographics],
            [InventoryField.ContactEmail] = ["contact email address"],
            [InventoryField.InfluencesDecisions] =
                ["is the ai used to significantly influence or inform decisions or actions that could have an adverse or negative impact on specific individuals or groups?"],
        },
        LifeCycleStages);

    /// <summary>The 2025 OMB inventory as CSV, with short column names.</summary>
    public static InventoryLayout Omb2025Csv { get; } = new(
        InventorySchema.Omb2025,
        "2025 OMB inventory (short column names)",
        ["use_case_name", "is_high_impact", "development_stage"],
        new Dictionary<InventoryField, string[]>
        {
            [InventoryField.SourceId] = ["id"],
            [InventoryField.Name] = ["use_case_name"],
            [InventoryField.Agency] = ["agency"],
            [InventoryField.AgencyName] = ["agency_name"],
            [InventoryField.Bureau] = ["agency_bureau"],
            [InventoryField.ContactEmail] = ["contact_email"],
            [InventoryField.Stage] = ["development_stage"],
            [InventoryField.DeclaredImpact] = ["is_high_impact"],
            [InventoryField.TopicArea] = ["topic_area"],
            [InventoryField.Purpose] = ["problem_solved"],
            [InventoryField.Benefits] = ["benefits"],
            [InventoryField.Outputs] = ["system_outputs"],
            [InventoryField.AiClassification] = ["classification"],
            [InventoryField.Implemented] = ["operational_date"],
            [InventoryField.Pii] = ["has_pii"],
            [InventoryField.Demographics] = ["demographic_features"],
        },
        Stages2025);

    /// <summary>The 2025 OMB inventory as published in XLSX, with the long survey questions as headers.</summary>
    public static InventoryLayout Omb2025Survey { get; } = new(
        InventorySchema.Omb2025,
        "2025 OMB inventory (survey questions as headers)",
        ["use case name", "is the ai use case high-impact?", "what problem is the ai intended to solve?"],
        new Dictionary<InventoryField, string[]>
        {
            [InventoryField.SourceId] = ["use case id"],
            [InventoryField.Name] = ["use case name"],
            [InventoryField.Agency] = ["agency abbreviation", "agency"],
            [InventoryField.AgencyName] = ["agency name"],
            [InventoryField.Bureau] = ["bureau/component", "bureau", "component"],
            [InventoryField.ContactEmail] = ["email address", "contact email"],
            [InventoryField.Stage] = ["stage of development"],
            [InventoryField.DeclaredImpact] = ["is the ai use case high-impact?"],
            [InventoryField.TopicArea] = ["use case topic area"],
            [InventoryField.Purpose] = ["what problem is the ai intended to solve?"],
            [InventoryField.Benefits] = ["what are the expected benefits"],
            [InventoryField.Outputs] = [Outputs],
            [InventoryField.AiClassification] = ["ai classification", "classification"],
            [InventoryField.Implemented] = ["date when ai use case became operational"],
            [InventoryField.Pii] = ["does this ai use case involve personally identifiable information (pii)"],
            [InventoryField.Demographics] = ["which, if any, demographic variables"],
        },
        Stages2025);

    /// <summary>Every layout, in the order they are tried.</summary>
    public static IReadOnlyList<InventoryLayout> All { get; } = [Omb2024, Dhs2024, Omb2025Csv, Omb2025Survey];
}
