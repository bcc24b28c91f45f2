using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// One table as the add-in reads it (the <see cref="TableData"/> contract): its name, sheet, first column (1 = A),
/// header row, headers and rows.
/// </summary>
/// <param name="Name">The Excel table name.</param>
/// <param name="Sheet">The sheet holding it.</param>
/// <param name="FirstColumn">The 1-based column of its first column.</param>
/// <param name="HeaderRow">The 1-based sheet row of its header.</param>
/// <param name="Headers">The header texts, left to right.</param>
/// <param name="Rows">The data rows.</param>
public sealed record TableJson(
    string? Name, string? Sheet, int FirstColumn, int HeaderRow, IReadOnlyList<string>? Headers, IReadOnlyList<RowJson>? Rows);
