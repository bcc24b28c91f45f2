using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Classification;

/// <summary>
/// The risk classifier on one proposed workflow (docs/rules.md#risk-classifier), whatever the host: its labels are
/// read as the review reads an Initiatives row (purpose, workflow and name through <see cref="RiskInputs.FromText"/>),
/// so a purpose that OMB M-25-21 presumes high-impact is High here as it is in the review and the import.
/// </summary>
public static class WorkflowClassification
{
    /// <summary>Classifies <paramref name="workflow"/>, or lists every label it cannot use.</summary>
    /// <param name="workflow">The proposed workflow.</param>
    /// <param name="errors">Each unusable label as <c>field: message</c> (fields camelCase, list items indexed); empty when classified.</param>
    /// <returns>The classification, or null when <paramref name="errors"/> is not empty.</returns>
    public static RiskClassification? Classify(ProposedWorkflow workflow, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var problems = new List<string>();
        var inputs = RiskInputs.FromText(workflow.Name, workflow.Workflow, workflow.Purpose) with
        {
            DataTouched = Labels<DataCategory>(workflow.DataTouched, "dataTouched", problems).ToHashSet(),
            Actions = Labels<WorkAction>(workflow.Actions, "actions", problems).ToHashSet(),
            Audience = Optional<Audience>(workflow.Audience, "audience", problems),
            HumanCheckpoint = Optional<HumanCheckpoint>(workflow.HumanCheckpoint, "humanCheckpoint", problems),
            Owner = string.IsNullOrWhiteSpace(workflow.Owner) ? null : workflow.Owner.Trim(),
            SuccessMetric = string.IsNullOrWhiteSpace(workflow.SuccessMetric) ? null : workflow.SuccessMetric.Trim(),
        };
        errors = problems;
        return problems.Count > 0 ? null : RiskClassifier.Classify(inputs);
    }

    private static List<T> Labels<T>(IReadOnlyList<string>? labels, string field, List<string> errors)
        where T : struct, Enum
    {
        var values = new List<T>();
        for (var i = 0; i < (labels?.Count ?? 0); i++)
        {
            if (Optional<T>(labels![i], $"{field}[{i}]", errors) is { } value)
            {
                values.Add(value);
            }
        }
        return values;
    }

    private static T? Optional<T>(string? label, string field, List<string> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }
        if (EnumLabels<T>.TryParse(label, out var value))
        {
            return value;
        }
        errors.Add($"{field}: '{label}' is not one of {string.Join(", ", EnumLabels<T>.All)}.");
        return null;
    }
}
