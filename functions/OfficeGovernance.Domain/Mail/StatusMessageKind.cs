namespace OfficeGovernance.Domain.Mail;

/// <summary>Who a weekly status message is for (docs/rules.md#weekly-status).</summary>
public enum StatusMessageKind
{
    /// <summary>A workflow owner: their initiatives only.</summary>
    Owner,
    /// <summary>The leadership digest: the whole portfolio.</summary>
    Leadership,
    /// <summary>The finance digest (Settings FinanceEmails): caps, overages and month totals by category.</summary>
    Finance,
}
