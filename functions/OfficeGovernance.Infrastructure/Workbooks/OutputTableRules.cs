using System.Text.RegularExpressions;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>Checks that tables to write have names Excel accepts; these are the program's own names, so a bad one is a bug.</summary>
internal static partial class OutputTableRules
{
    /// <summary>Throws when a table, sheet or header name is unusable or repeated.</summary>
    /// <exception cref="ArgumentException">Which name is wrong and why.</exception>
    public static void Check(IReadOnlyList<OutputTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Unique(tables.Select(t => t.Name), "table name");
        Unique(tables.Select(t => t.SheetName), "sheet name");
        foreach (var table in tables)
        {
            if (!TableName().IsMatch(table.Name) || CellLike().IsMatch(table.Name))
            {
                throw new ArgumentException($"'{table.Name}' is not a valid Excel table name.", nameof(tables));
            }
            if (table.SheetName.Length is 0 or > 31 || table.SheetName.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0
                || table.SheetName.StartsWith('\'') || table.SheetName.EndsWith('\''))
            {
                throw new ArgumentException($"'{table.SheetName}' is not a valid Excel sheet name.", nameof(tables));
            }
            if (table.Columns.Count == 0 || table.Columns.Any(c => string.IsNullOrWhiteSpace(c.Header)))
            {
                throw new ArgumentException($"Table {table.Name} needs at least one column and no blank headers.", nameof(tables));
            }
            Unique(table.Columns.Select(c => c.Header), $"header of table {table.Name}");
        }
    }

    private static void Unique(IEnumerable<string> names, string what)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                throw new ArgumentException($"The {what} '{name}' is used twice.");
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$")]
    private static partial Regex TableName();

    // Names that read as a cell reference (A1, XFD10, R1C1) are refused by Excel.
    [GeneratedRegex(@"^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*|[RrCc])$")]
    private static partial Regex CellLike();
}
