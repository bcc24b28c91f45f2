using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// One model as one row of its input table, values in <see cref="PortfolioSchema"/> column order (the
/// inverse of the table readers).
/// </summary>
internal static class PortfolioTableRows
{
    public static IReadOnlyList<CellValue> Initiative(Initiative i) =>
    [
        Text(i.Id), Text(i.Name), Text(i.Workflow), Text(i.Department), Label(i.Objective), Text(i.Owner),
        Text(i.StopAuthority), Label(i.Stage), Label(i.Status), Labels(i.DataTouched), Labels(i.Actions),
        Label(i.Audience), Label(i.HumanCheckpoint), Label(i.FailureVisibility), Label(i.RiskLevel),
        Text(i.Purpose), Money(i.MonthlyBudgetCap), Text(i.OverageApprover), Money(i.OverageLimit), Text(i.SuccessMetric),
        Text(i.RollbackPlan), Text(i.FallbackProcess), Text(i.FallbackOwner), Date(i.LastRollbackDrill),
        Date(i.LaunchDate), Date(i.NextReviewDate), Date(i.DecisionDueDate),
    ];

    public static IReadOnlyList<CellValue> Agent(Agent a) =>
    [
        Text(a.Id), Text(a.InitiativeId), Text(a.Name), Text(a.Owner), Text(a.KillSwitchOwner), Text(a.Vendor),
        Text(a.Model), Text(a.PromptVersion), Label(a.Autonomy), Labels(a.Permissions), Labels(a.DataAccess),
        a.HumanApproval is { } approval ? CellValue.FromText(approval ? "Yes" : "No") : CellValue.Empty,
        Text(a.ExpectedBehavior), Text(a.RollbackPath), Label(a.Status), Date(a.LastReviewed), Text(a.EntraObjectId),
    ];

    public static IReadOnlyList<CellValue> Metric(Metric m) =>
    [
        Text(m.InitiativeId), Text(m.Name), Label(m.Kind), Text(m.Unit), Label(m.Direction),
        CellValue.FromNumber(m.Baseline), CellValue.FromNumber(m.SuccessAt), CellValue.FromNumber(m.StopAt),
    ];

    public static IReadOnlyList<CellValue> Observation(Observation o) =>
    [
        Text(o.InitiativeId), Text(o.Metric), Date(o.PeriodEnd), CellValue.FromNumber(o.Value), Text(o.Source),
    ];

    // Staff time whose cost is exactly Hours x HourlyRate is written without an Amount, as a user would enter it.
    public static IReadOnlyList<CellValue> Spend(SpendEntry s)
    {
        var computed = s.Category == SpendCategory.StaffTime && s.Hours is { } hours && s.HourlyRate is { } rate
            && hours < 7.9e28 && (decimal)hours * rate == s.Cost;
        return
        [
            Text(s.InitiativeId), Date(s.Date), Label(s.Category), Text(s.Vendor), computed ? CellValue.Empty : Money(s.Cost),
            s.Hours is { } h ? CellValue.FromNumber(h) : CellValue.Empty, Money(s.HourlyRate), Text(s.Note),
            Text(s.Source),
        ];
    }

    public static IReadOnlyList<CellValue> DecisionRight(DecisionRight d) =>
    [
        Label(d.Type), Text(d.Approver), Text(d.Scope), Money(d.MaxAmount), Label(d.MaxRiskLevel),
    ];

    private static CellValue Text(string? text) => CellValue.FromText(text);

    private static CellValue Money(decimal? amount) => amount is { } value ? CellValue.FromNumber((double)value) : CellValue.Empty;

    private static CellValue Date(DateOnly? date) =>
        date is { } value ? CellValue.FromNumber(value.ToDateTime(TimeOnly.MinValue).ToOADate()) : CellValue.Empty;

    private static CellValue Label<T>(T? value) where T : struct, Enum =>
        value is { } member ? Label(member) : CellValue.Empty;

    private static CellValue Label<T>(T value) where T : struct, Enum => CellValue.FromText(EnumLabels<T>.Label(value));

    private static CellValue Labels<T>(IReadOnlySet<T> values) where T : struct, Enum =>
        CellValue.FromText(string.Join("; ", values.Order().Select(EnumLabels<T>.Label)));
}
