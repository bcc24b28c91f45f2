namespace OfficeGovernance.Domain.Workbooks;

/// <summary>A column of a table to write.</summary>
/// <param name="Header">The header text.</param>
/// <param name="Format">The column's format.</param>
/// <param name="Width">The column width in characters of the default font; null for the writer's default by format
/// (see <see cref="ColumnWidths"/> for widths fitted to content).</param>
public sealed record OutputColumn(string Header, ColumnFormat Format = ColumnFormat.General, double? Width = null);
