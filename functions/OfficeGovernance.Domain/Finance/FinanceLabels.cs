using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// How the finance model's values read in the report's cells (and so in its SUMIFS criteria) and in the finance
/// digest, spelled once.
/// </summary>
public static class FinanceLabels
{
    /// <summary>The Status of a retired initiative.</summary>
    public const string Retired = "Retired";
    /// <summary><see cref="OverageStatus.NotApproved"/>.</summary>
    public const string NotApproved = "Not approved";
    /// <summary><see cref="OverageStatus.Unverified"/>.</summary>
    public const string Unverified = "Unverified";
    /// <summary><see cref="OverageStatus.WithinOverageLimit"/>.</summary>
    public const string WithinLimit = "Within OverageLimit";
    /// <summary><see cref="OverageStatus.WithinDecisionRights"/>.</summary>
    public const string WithinRights = "Within decision rights";

    /// <summary>An overage status as it reads.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined status.</exception>
    public static string Overage(OverageStatus status) => status switch
    {
        OverageStatus.NotOverCap => "Not over cap",
        OverageStatus.WithinOverageLimit => WithinLimit,
        OverageStatus.WithinDecisionRights => WithinRights,
        OverageStatus.Unverified => Unverified,
        OverageStatus.NotApproved => NotApproved,
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
