namespace OfficeGovernance.Domain.Finance;

/// <summary>One exception of the finance report. Money in the workbook currency.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="InitiativeId">The initiative.</param>
/// <param name="Name">Its name.</param>
/// <param name="Month">The first day of the month concerned, workbook time zone.</param>
/// <param name="Amount">The unapproved excess, the forecast's excess over the cap, or the month's spend without staff time.</param>
/// <param name="Message">In words, quoting the values.</param>
public sealed record FinanceException(
    FinanceExceptionKind Kind, string InitiativeId, string Name, DateOnly Month, decimal Amount, string Message);
