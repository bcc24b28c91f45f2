using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// The classifier's rules (PRODUCT.md section 2, Risk classifier) as one auditable table. Anything no rule matches
/// is Low ("internal summaries, first drafts, formatting, research collection, non-customer-facing analysis").
/// </summary>
public static class RiskRules
{
    private const string Source = "PRODUCT.md section 2";

    /// <summary>Every rule, High first; the classifier takes the highest level that any rule sets.</summary>
    public static IReadOnlyList<RiskRule> All { get; } =
    [
        new(RiskLevel.High, "Actions include Change permissions", Source, i => Action(i, WorkAction.ChangePermissions)),
        new(RiskLevel.High, "Actions include Change billing", Source, i => Action(i, WorkAction.ChangeBilling)),
        new(RiskLevel.High, "Actions include Deploy code", Source, i => Action(i, WorkAction.DeployCode)),
        new(RiskLevel.High, "Actions include Decide autonomously", Source, i => Action(i, WorkAction.DecideAutonomously)),
        new(RiskLevel.High, "Update records on Customer personal data", Source, i =>
            i.Actions.Contains(WorkAction.UpdateRecords) && i.DataTouched.Contains(DataCategory.CustomerPersonal)
                ? "Actions include Update records on DataTouched Customer personal"
                : null),
        new(RiskLevel.High, "Publish to a Public audience", Source, i =>
            i.Actions.Contains(WorkAction.Publish) && i.Audience == Audience.Public
                ? "Actions include Publish with Audience Public"
                : null),
        new(RiskLevel.High, "DataTouched includes Regulated", Source, i => Data(i, DataCategory.Regulated)),
        new(RiskLevel.High, "DataTouched includes Credentials", Source, i => Data(i, DataCategory.Credentials)),
        new(RiskLevel.Medium, "Audience is Customer-facing", Source, i =>
            i.Audience == Audience.CustomerFacing ? "Audience is Customer-facing" : null),
        new(RiskLevel.Medium, "Actions include Send externally", Source, i => Action(i, WorkAction.SendExternally)),
        new(RiskLevel.Medium, "Update records on internal data", Source, i =>
            i.Actions.Contains(WorkAction.UpdateRecords) && !i.DataTouched.Contains(DataCategory.CustomerPersonal)
                ? "Actions include Update records on internal data"
                : null),
        new(RiskLevel.Medium, "DataTouched includes Customer personal", Source, i => Data(i, DataCategory.CustomerPersonal)),
        new(RiskLevel.Medium, "DataTouched includes Financial", Source, i => Data(i, DataCategory.Financial)),
    ];

    private static string? Action(RiskInputs inputs, WorkAction action) =>
        inputs.Actions.Contains(action) ? $"Actions include {EnumLabels<WorkAction>.Label(action)}" : null;

    private static string? Data(RiskInputs inputs, DataCategory data) =>
        inputs.DataTouched.Contains(data) ? $"DataTouched includes {EnumLabels<DataCategory>.Label(data)}" : null;
}
