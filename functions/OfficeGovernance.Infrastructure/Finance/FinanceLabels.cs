using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>How the finance report's enum values read in cells (and so in the summary's SUMIFS criteria).</summary>
internal static class FinanceLabels
{
    public const string Retired = "Retired";
    public const string NotApproved = "Not approved";
    public const string Unverified = "Unverified";
    public const string WithinLimit = "Within OverageLimit";
    public const string WithinRights = "Within decision rights";

    public static string Overage(OverageStatus status) => status switch
    {
        OverageStatus.NotOverCap => "Not over cap",
        OverageStatus.WithinOverageLimit => WithinLimit,
        OverageStatus.WithinDecisionRights => WithinRights,
        OverageStatus.Unverified => Unverified,
        OverageStatus.NotApproved => NotApproved,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Exception(FinanceExceptionKind kind) => kind switch
    {
        FinanceExceptionKind.OverCapWithoutApproval => "Over cap without approval",
        FinanceExceptionKind.ForecastOverCap => "Forecast over cap",
        FinanceExceptionKind.StaffTimeMissing => "Staff time missing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Status(InitiativeStatus status) => EnumLabels<InitiativeStatus>.Label(status);

    public static string Category(SpendCategory category) => EnumLabels<SpendCategory>.Label(category);
}
