using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>A stored workbook as read: the file with its ETag, and its validated tables.</summary>
/// <param name="File">The stored bytes and the ETag of that version.</param>
/// <param name="Workbook">The parsed, validated portfolio.</param>
public sealed record StoredWorkbook(WorkbookFile File, PortfolioWorkbook Workbook);
