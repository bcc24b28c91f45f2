using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The stop conditions of docs/rules.md#stop-conditions that read single inputs, shared by the reviewer and the risk
/// classifier. Each returns the condition with a message naming the values, or null when it does not hold.
/// </summary>
public static class StopConditionRules
{
    private static readonly WorkAction[] HighImpact =
        [WorkAction.ChangePermissions, WorkAction.ChangeBilling, WorkAction.DeployCode];

    /// <summary>"No owner": the owner is blank or not an email.</summary>
    public static StopCondition? NoOwner(string? owner) =>
        string.IsNullOrWhiteSpace(owner)
            ? new StopCondition(StopConditionKind.NoOwner, "no owner: Owner is blank")
            : EmailAddress.IsWellFormed(owner.Trim())
                ? null
                : new StopCondition(StopConditionKind.NoOwner, $"no owner: Owner '{owner.Trim()}' is not an email");

    /// <summary>
    /// "Customer data without review": data includes Customer personal or Regulated while the checkpoint is None,
    /// Spot-check or blank.
    /// </summary>
    public static StopCondition? CustomerDataWithoutReview(IReadOnlySet<DataCategory> data, HumanCheckpoint? checkpoint)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sensitive = new[] { DataCategory.CustomerPersonal, DataCategory.Regulated }.Where(data.Contains).ToArray();
        if (sensitive.Length == 0 || checkpoint is HumanCheckpoint.ApproveEachOutput or HumanCheckpoint.TwoPersonApproval)
        {
            return null;
        }
        var checkpointText = checkpoint is { } c ? EnumLabels<HumanCheckpoint>.Label(c) : "blank";
        return new StopCondition(StopConditionKind.CustomerDataWithoutReview,
            $"customer data without review: DataTouched includes " +
            $"{string.Join(" and ", sensitive.Select(EnumLabels<DataCategory>.Label))} while HumanCheckpoint is {checkpointText}");
    }

    /// <summary>The message of the Unassessed stop condition (docs/rules.md#risk-classifier).</summary>
    public const string NotDescribedMessage = "risk cannot be assessed: the use case is not described";

    /// <summary>
    /// "Risk cannot be assessed": the risk level in use is <see cref="RiskLevel.Unassessed"/>, which happens only while
    /// RiskLevel is blank and the inputs describe nothing; it holds until someone describes the use case or sets
    /// RiskLevel.
    /// </summary>
    public static StopCondition? RiskNotAssessed(RiskLevel level) =>
        level == RiskLevel.Unassessed
            ? new StopCondition(StopConditionKind.RiskNotAssessed,
                $"{NotDescribedMessage} (no purpose, outputs or topic text and no data or action input): describe it or set RiskLevel")
            : null;

    /// <summary>The labels of the actions among <paramref name="actions"/> that change permissions, billing or production.</summary>
    public static IReadOnlyList<string> HighImpactActions(IEnumerable<WorkAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var set = actions.ToHashSet();
        return HighImpact.Where(set.Contains).Select(EnumLabels<WorkAction>.Label).ToArray();
    }
}
