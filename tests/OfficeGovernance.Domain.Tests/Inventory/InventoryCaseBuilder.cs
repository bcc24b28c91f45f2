using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Domain.Tests.Inventory;

/// <summary>Inventory use cases for the classifier tests: internal, no cue, with a contact, unless told.</summary>
internal sealed class InventoryCaseBuilder
{
    private InventoryUseCase useCase = new()
    {
        SourceRow = 2,
        Name = "Meeting notes summariser",
        Agency = "Example Agency",
        TopicArea = "Mission-Enabling (internal agency support)",
        Purpose = "Summarise internal meeting notes for staff.",
        Outputs = "A short text summary.",
        InvolvesPii = SurveyAnswer.No,
        PublicFacingService = SurveyAnswer.No,
        DisseminatesToPublic = SurveyAnswer.No,
        FaceRecognition = SurveyAnswer.No,
        ContactEmail = "owner@example.gov",
    };

    public InventoryCaseBuilder Name(string name) => With(useCase with { Name = name });
    public InventoryCaseBuilder Topic(string? topic) => With(useCase with { TopicArea = topic });
    public InventoryCaseBuilder Purpose(string? purpose) => With(useCase with { Purpose = purpose });
    public InventoryCaseBuilder Outputs(string? outputs) => With(useCase with { Outputs = outputs });
    public InventoryCaseBuilder Pii(SurveyAnswer answer) => With(useCase with { InvolvesPii = answer });
    public InventoryCaseBuilder PublicFacing(SurveyAnswer answer) => With(useCase with { PublicFacingService = answer });
    public InventoryCaseBuilder Disseminates(SurveyAnswer answer) => With(useCase with { DisseminatesToPublic = answer });
    public InventoryCaseBuilder Face(SurveyAnswer answer) => With(useCase with { FaceRecognition = answer });
    public InventoryCaseBuilder Demographics(string? features) => With(useCase with { DemographicFeatures = features });
    public InventoryCaseBuilder Classification(string? kind) => With(useCase with { AiClassification = kind });
    public InventoryCaseBuilder Contact(string? email) => With(useCase with { ContactEmail = email });

    public InventoryCaseBuilder Declared(DeclaredImpact impact, string? text = null) =>
        With(useCase with { DeclaredImpact = impact, DeclaredImpactText = text });

    public InventoryUseCase Build() => useCase;

    private InventoryCaseBuilder With(InventoryUseCase next)
    {
        useCase = next;
        return this;
    }
}
