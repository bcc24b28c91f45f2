using OfficeGovernance.Domain.Finance;

namespace OfficeGovernance.Application.Finance;

/// <summary>What a finance-report run wrote.</summary>
/// <param name="Report">The finance model written.</param>
/// <param name="OutputPath">The .xlsx written.</param>
public sealed record FinanceReportOutcome(FinanceReport Report, string OutputPath);
