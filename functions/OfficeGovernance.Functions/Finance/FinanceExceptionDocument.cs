namespace OfficeGovernance.Functions.Finance;

#pragma warning disable CS1591 // The members are those of FinanceReport (Domain/Finance), whose docs give their units.
/// <summary>
/// One exception of the period: over cap without a verified approval, forecast over cap or Staff time missing
/// (docs/rules.md#finance-report).
/// </summary>
public sealed record FinanceExceptionDocument(string Kind, string Label, string InitiativeId, string Name, string Month,
    decimal Amount, string Message);
#pragma warning restore CS1591
