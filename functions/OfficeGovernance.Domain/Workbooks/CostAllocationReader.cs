using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the optional CostAllocation table (docs/rules.md#cost-import): Match, Key (required for a Tag rule), Value,
/// InitiativeId (an existing initiative, resolved to its declared spelling) and Category, in row order.
/// </summary>
internal static class CostAllocationReader
{
    private static readonly TableSchema S = PortfolioSchema.CostAllocation;
    private static readonly int Match = S.IndexOf("Match"), Key = S.IndexOf("Key"), Value = S.IndexOf("Value"),
        Initiative = S.IndexOf("InitiativeId"), Category = S.IndexOf("Category");

    public static List<CostAllocationRule>? Read(TableReader? reader, IReadOnlyList<Initiative> initiatives)
    {
        if (reader is null)
        {
            return null;
        }
        var index = new PortfolioIndex
        {
            Initiatives = initiatives.GroupBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (g.First().Id, g.First().Row), StringComparer.OrdinalIgnoreCase),
        };
        var rules = new List<CostAllocationRule>(reader.Table.Rows.Count);
        while (reader.MoveNext())
        {
            var match = reader.Enum<CostMatch>(Match);
            var key = reader.Text(Key);
            var value = reader.Text(Value);
            var initiative = index.Initiative(reader, Initiative);
            var category = reader.Enum<SpendCategory>(Category);
            if (match == CostMatch.Tag && key is null)
            {
                reader.Report(Key, "a Tag rule needs the tag key (such as application)");
            }
            if (reader.RowValid)
            {
                rules.Add(new CostAllocationRule(match!.Value, match == CostMatch.Tag ? key!.Trim() : null, value!.Trim(), initiative!, category, reader.Row));
            }
        }
        return rules;
    }
}
