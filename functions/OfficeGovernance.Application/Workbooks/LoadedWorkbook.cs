using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>A portfolio workbook read from disk: its exact bytes and its validated tables.</summary>
/// <param name="Path">The file path.</param>
/// <param name="Bytes">The file's bytes as read; writes start from these, never from a second read.</param>
/// <param name="Workbook">The validated input tables.</param>
public sealed record LoadedWorkbook(string Path, byte[] Bytes, PortfolioWorkbook Workbook);
