using System.Security.Cryptography;
using System.Text;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// Turns inventory use cases into Initiatives rows (docs/rules.md#inventory-import). Ids are stable, so a
/// second import of the same file adds nothing: the source id, else <c>AGENCY-xxxxxxxx</c> from a SHA-256 of agency
/// and name; the n-th repeat of an id in one file gets <c>-n</c> and is reported. What an inventory does not say
/// stays blank (no owner, no scorecard, a cap of 0, and RiskLevel when the row describes nothing): the review then
/// says plainly what is missing.
/// </summary>
public static class InventoryImportPlanner
{
    /// <summary>Plans the import of <paramref name="read"/> into a workbook holding <paramref name="existingIds"/>.</summary>
    /// <param name="read">The inventory as read.</param>
    /// <param name="classify">The risk classification of a use case.</param>
    /// <param name="existingIds">InitiativeIds already in the workbook (compared case-insensitively).</param>
    public static InventoryImportPlan Plan(
        InventoryReadResult read, Func<InventoryUseCase, ImportRisk> classify, IReadOnlyCollection<string> existingIds)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(classify);
        var existing = new HashSet<string>(existingIds, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, (int Count, int FirstRow)>(StringComparer.OrdinalIgnoreCase);
        var issues = new List<InventoryIssue>(read.Issues);
        var added = new List<ImportedInitiative>();
        var present = new List<string>();
        foreach (var useCase in read.UseCases)
        {
            var id = BaseId(useCase);
            if (seen.TryGetValue(id, out var prior))
            {
                seen[id] = (prior.Count + 1, prior.FirstRow);
                var repeated = $"{id}-{prior.Count + 1}";
                issues.Add(new InventoryIssue(useCase.SourceRow, "(row)", id, InventoryIssueAction.Repaired,
                    $"agency and name (or id) repeat row {prior.FirstRow}; imported as {repeated}"));
                id = repeated;
            }
            else
            {
                seen[id] = (1, useCase.SourceRow);
            }
            if (existing.Contains(id))
            {
                present.Add(id);
                continue;
            }
            var stage = useCase.Stage ?? Stage.Idea;
            if (useCase.Stage is null)
            {
                issues.Add(new InventoryIssue(useCase.SourceRow, "(stage)", useCase.StageText ?? string.Empty, InventoryIssueAction.Repaired,
                    "no portfolio stage for this value; imported as Idea until the owner sets it"));
            }
            var risk = classify(useCase);
            added.Add(new ImportedInitiative(ToInitiative(useCase, id, stage, risk.Level), useCase, risk));
        }
        issues.Sort((a, b) => a.SourceRow.CompareTo(b.SourceRow));
        return new InventoryImportPlan(added, present, issues);
    }

    /// <summary>The id before repeats are numbered: the source id, or AGENCY-xxxxxxxx from agency and name.</summary>
    public static string BaseId(InventoryUseCase useCase)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        if (!string.IsNullOrWhiteSpace(useCase.SourceId))
        {
            return useCase.SourceId.Trim();
        }
        var agency = useCase.Agency?.Trim() ?? string.Empty;
        var key = $"{agency.ToUpperInvariant()}|{useCase.Name.Trim().ToUpperInvariant()}";
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
        var prefix = new string(agency.Where(char.IsAsciiLetterOrDigit).Take(12).ToArray());
        return $"{(prefix.Length > 0 ? prefix.ToUpperInvariant() : "AI")}-{hash}";
    }

    /// <summary>
    /// The Initiatives row of a use case. Its columns carry what the classifier read from the inventory, so the review
    /// of the row reaches the level the import sets (docs/rules.md#risk-classifier): the topic as Workflow;
    /// purpose, benefits and outputs as Purpose; PII or demographic features as DataTouched Customer personal, face
    /// recognition as Regulated (biometric data), a PII answer of No (on a described row) as Internal; dissemination
    /// to the public as Send externally to a Public audience, a public-facing service as Customer-facing; an agentic AI as Update records.
    /// </summary>
    internal static Initiative ToInitiative(InventoryUseCase u, string id, Stage stage, RiskLevel risk)
    {
        var data = new HashSet<DataCategory>();
        if (u.InvolvesPii == SurveyAnswer.Yes || DemographicFeatureText.Present(u.DemographicFeatures) is not null)
        {
            data.Add(DataCategory.CustomerPersonal);
        }
        if (u.FaceRecognition == SurveyAnswer.Yes)
        {
            data.Add(DataCategory.Regulated);
        }
        // "InvolvesPii is No" reads as DataTouched Internal, so the review finds the same "no personal data" context
        // (PresumptionContext); only for a described row, so a row that describes nothing stays Unassessed, never Low.
        if (data.Count == 0 && u.InvolvesPii == SurveyAnswer.No && InventoryRiskMapper.ToInputs(u).DescribesWork)
        {
            data.Add(DataCategory.Internal);
        }
        var actions = new HashSet<WorkAction>();
        if (u.DisseminatesToPublic == SurveyAnswer.Yes)
        {
            actions.Add(WorkAction.SendExternally);
        }
        if (u.AiClassification is { } kind && kind.Contains("agentic", StringComparison.OrdinalIgnoreCase))
        {
            actions.Add(WorkAction.UpdateRecords);
        }
        Audience? audience = u.DisseminatesToPublic == SurveyAnswer.Yes ? Audience.Public
            : u.PublicFacingService == SurveyAnswer.Yes ? Audience.CustomerFacing
            : null;
        var purpose = string.Join("\n\n", new[] { u.Purpose, u.Outputs }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()));
        return new Initiative
        {
            Id = id,
            Name = u.Name,
            Workflow = u.TopicArea,
            Purpose = purpose.Length > 0 ? purpose : null,
            Department = string.Join(" ", new[] { u.Agency, u.Bureau }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } d ? d : null,
            Owner = u.ContactEmail,
            Stage = stage,
            Status = stage == Stage.Retired || u.Retired is not null ? InitiativeStatus.Retired : InitiativeStatus.Active,
            DataTouched = data,
            Actions = actions,
            Audience = audience,
            // An Unassessed row keeps RiskLevel blank, so the review raises "risk cannot be assessed" until someone
            // describes the use case or sets the level.
            RiskLevel = risk == RiskLevel.Unassessed ? null : risk,
            MonthlyBudgetCap = 0m,
            LaunchDate = u.Implemented,
        };
    }
}
