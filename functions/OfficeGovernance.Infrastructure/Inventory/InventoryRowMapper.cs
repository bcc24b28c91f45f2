using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Turns one source row into an <see cref="InventoryUseCase"/> under a resolved layout, reporting every value it
/// rejects or repairs with its row and column (docs/rules.md#inventory-import). Rows are mapped in source
/// order; the mapper remembers ids to reject a repeated one.
/// </summary>
internal sealed partial class InventoryRowMapper(InventoryColumns columns, List<InventoryIssue> issues)
{
    /// <summary>The column name used for issues about a whole row.</summary>
    public const string WholeRow = "(row)";

    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The use case of a row, or null when the row is skipped (no name; reported).</summary>
    public InventoryUseCase? Map(InventorySourceRow row)
    {
        row = WithoutErrorCells(row);
        var name = Text(row, InventoryField.Name);
        if (name is null)
        {
            issues.Add(new InventoryIssue(row.SourceRow, WholeRow, string.Empty, InventoryIssueAction.Skipped, "the row has no use case name"));
            return null;
        }
        var stage = MapStage(row);
        var (initiated, implemented) = InitiatedAndImplemented(row);
        CheckActive(row, stage.Stage);
        var layout = columns.Layout;
        return new InventoryUseCase
        {
            SourceRow = row.SourceRow,
            SourceId = SourceId(row),
            Name = name,
            Agency = Text(row, InventoryField.Agency) ?? Text(row, InventoryField.AgencyName),
            Bureau = Text(row, InventoryField.Bureau),
            TopicArea = WithExplanation(row, InventoryField.TopicArea, Text(row, InventoryField.TopicArea)),
            Purpose = Purpose(row),
            Outputs = Text(row, InventoryField.Outputs),
            AiClassification = Text(row, InventoryField.AiClassification),
            StageText = Text(row, InventoryField.Stage),
            Stage = stage.Stage,
            InvolvesPii = YesNo(row, InventoryField.Pii),
            PublicFacingService = YesNo(row, InventoryField.PublicFacing),
            DisseminatesToPublic = YesNo(row, InventoryField.Disseminates),
            DemographicFeatures = Demographics(row),
            FaceRecognition = YesNo(row, InventoryField.FaceRecognition),
            Initiated = initiated?.Value,
            DevelopmentStarted = Date(row, InventoryField.DevelopmentStarted)?.Value,
            Implemented = implemented?.Value,
            Retired = Date(row, InventoryField.Retired)?.Value,
            ContactEmail = ContactEmail(row),
            DeclaredImpact = layout.Schema switch
            {
                InventorySchema.Omb2024 => InventoryAnswers.Impact2024(Raw(row, InventoryField.DeclaredImpact)),
                InventorySchema.Dhs2024 => InventoryAnswers.ImpactDhs(Raw(row, InventoryField.RightsImpacting), Raw(row, InventoryField.SafetyImpacting)),
                _ => InventoryAnswers.Impact2025(Raw(row, InventoryField.DeclaredImpact)),
            },
            DeclaredImpactText = DeclaredImpactText(row),
        };
    }

    private InventoryStages.Outcome MapStage(InventorySourceRow row)
    {
        var outcome = InventoryStages.Map(columns.Layout, Raw(row, InventoryField.Stage));
        Report(row, InventoryField.Stage, outcome.Repair, outcome.Rejection);
        return outcome;
    }

    // A row initiated after it was implemented contradicts itself; the implementation date is the one the portfolio
    // uses (it says the work went live), so the initiation date is the value dropped.
    private (InventoryDate? Initiated, InventoryDate? Implemented) InitiatedAndImplemented(InventorySourceRow row)
    {
        var initiated = Date(row, InventoryField.Initiated);
        var implemented = Date(row, InventoryField.Implemented);
        if (initiated is { } start && implemented is { } live && start.IsAfter(live))
        {
            var implementedHeader = columns.HeaderOf(columns[InventoryField.Implemented]);
            Report(row, InventoryField.Initiated, null,
                $"initiated {start.Value:yyyy-MM-dd} after it was implemented ({implementedHeader}: {live.Value:yyyy-MM-dd}); the initiation date is left empty");
            return (null, implemented);
        }
        return (initiated, implemented);
    }

    // DHS's "Is the Use Case Currently Active?" holds "Active" or "Inactive (reason). narrative ...": only the
    // leading status word is read, and checked against the stage, which stays the source of truth.
    private void CheckActive(InventorySourceRow row, Stage? stage)
    {
        var key = InventoryText.AnswerKey(Raw(row, InventoryField.Active));
        if (key is null || stage is null)
        {
            return;
        }
        var inactive = InventoryText.StartsWithWord(key, "inactive");
        if (!inactive && !InventoryText.StartsWithWord(key, "active"))
        {
            Report(row, InventoryField.Active, null, "neither Active nor Inactive; the status is not used");
        }
        else if (inactive != (stage == Stage.Retired))
        {
            Report(row, InventoryField.Active, null,
                $"says {(inactive ? "Inactive" : "Active")} but the stage is {EnumLabels<Stage>.Label(stage.Value)}; the stage is kept");
        }
    }
}
