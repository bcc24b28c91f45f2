using OfficeGovernance.Domain.Finance;

namespace OfficeGovernance.Application.Finance;

/// <summary>Writes the finance report workbook (docs/rules.md#finance-report): its tables, formulas and chart.</summary>
public interface IFinanceWorkbookWriter
{
    /// <summary>The report as .xlsx bytes.</summary>
    /// <param name="report">The finance model; money in the workbook currency.</param>
    /// <param name="title">What the report is of (the workbook's name), for its first line.</param>
    byte[] Write(FinanceReport report, string title);
}
