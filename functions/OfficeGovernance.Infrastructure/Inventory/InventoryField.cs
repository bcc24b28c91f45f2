namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>The source columns the reader uses, whatever each schema calls them.</summary>
internal enum InventoryField
{
    SourceId,
    Name,
    Agency,
    AgencyName,
    Bureau,
    TopicArea,
    Purpose,
    Benefits,
    Summary,
    Outputs,
    AiClassification,
    Stage,
    DeclaredImpact,
    RightsImpacting,
    SafetyImpacting,
    Initiated,
    DevelopmentStarted,
    Implemented,
    Retired,
    Pii,
    PublicFacing,
    Disseminates,
    Demographics,
    FaceRecognition,
    ContactEmail,
    Active,
    InfluencesDecisions,
}
