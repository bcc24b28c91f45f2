namespace OfficeGovernance.Domain.Workbooks;

/// <summary>One input table of the portfolio workbook.</summary>
/// <param name="Name">The Excel table name, matched case-insensitively.</param>
/// <param name="Required">True when a workbook without the table is invalid.</param>
/// <param name="Columns">The columns the system reads, in the order it writes them.</param>
public sealed record TableSchema(string Name, bool Required, IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>The column with this name (exact spelling of <see cref="ColumnSpec.Name"/>).</summary>
    /// <exception cref="ArgumentException">The table has no such column.</exception>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == name)
            {
                return i;
            }
        }
        throw new ArgumentException($"Table {Name} has no column {name}.", nameof(name));
    }
}
