namespace OfficeGovernance.Domain.Workbooks;

/// <summary>One column of a <see cref="SheetLayout"/>.</summary>
/// <param name="Header">The header text (the Excel table column's name).</param>
/// <param name="NumberFormat">The Excel number format code of its data cells, such as <c>#,##0.00</c> or <c>General</c>.</param>
/// <param name="Width">The column width in characters of the default font (Calibri 11).</param>
/// <param name="Wrap">True when text wraps within the width (the row grows to fit).</param>
/// <param name="Fills">The fill of a data cell by its exact text (verdict and RAG colours); empty for none.</param>
public sealed record ColumnLayout(string Header, string NumberFormat, double Width, bool Wrap, IReadOnlyList<ValueFill> Fills);
