using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// How the finance model's values read in the report's cells (and so in its SUMIFS criteria) and in the finance
/// digest, spelled once.
/// </summary>
public static class FinanceLabels
{
    /// <summary>The Status of a retired initiative.</summary>
    public const string Retired = "Retired";
    /// <summary><see cref="OverageOutcome.NotApproved"/>.</summary>
    public const string NotApproved = "Not approved";
    /// <summary><see cref="OverageOutcome.Unverified"/>.</summary>
    public const string Unverified = "Unverified";
    /// <summary><see cref="OverageOutcome.WithinOverageLimit"/>.</summary>
    public const string WithinLimit = "Within OverageLimit";
    /// <summary><see cref="OverageOutcome.WithinDecisionRights"/>.</summary>
    public const string WithinRights = "Within decision rights";

    /// <summary>An overage status as it reads.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined status.</exception>
    public static string Overage(OverageOutcome status) => status switch
    {
        OverageOutcome.NotOverCap => "Not over cap",
        OverageOutcome.WithinOverageLimit => WithinLimit,
        OverageOutcome.WithinDecisionRights => WithinRights,
        OverageOutcome.Unverified => Unverified,
        OverageOutcome.NotApproved => NotApproved,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>An exception kind as it reads.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined kind.</exception>
    public static string Exception(FinanceExceptionKind kind) => kind switch
    {
        FinanceExceptionKind.OverCapWithoutApproval => "Over cap without approval",
        FinanceExceptionKind.ForecastOverCap => "Forecast over cap",
        FinanceExceptionKind.StaffTimeMissing => "Staff time missing",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>An initiative status as the workbook spells it.</summary>
    public static string Status(InitiativeStatus status) => EnumLabels<InitiativeStatus>.Label(status);

    /// <summary>A spend category as the workbook spells it.</summary>
    public static string Category(SpendCategory category) => EnumLabels<SpendCategory>.Label(category);
}
