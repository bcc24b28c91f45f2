using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the DecisionRights table (docs/rules.md#decision-rights): Scope blank reads as <c>*</c>, MaxRiskLevel blank
/// as High, MaxAmount blank as no limit; a Scope other than <c>*</c> must be a known InitiativeId.
/// </summary>
internal static class DecisionRightsReader
{
    private static readonly TableSchema S = PortfolioSchema.DecisionRights;
    private static readonly int Type = S.IndexOf("DecisionType"), Approver = S.IndexOf("Approver"), Scope = S.IndexOf("Scope"),
        MaxAmount = S.IndexOf("MaxAmount"), MaxRiskLevel = S.IndexOf("MaxRiskLevel");

    public static List<DecisionRight> Read(TableReader? reader, PortfolioIndex index)
    {
        var result = new List<DecisionRight>();
        if (reader is null)
        {
            return result;
        }
        while (reader.MoveNext())
        {
            var right = new DecisionRight
            {
                Type = reader.Enum<DecisionType>(Type).GetValueOrDefault(),
                Approver = reader.Email(Approver)!,
                Scope = ReadScope(reader, index),
                MaxAmount = reader.Money(MaxAmount),
                MaxRiskLevel = reader.Enum<RiskLevel>(MaxRiskLevel) ?? RiskLevel.High,
                Row = reader.Row,
            };
            if (reader.RowValid)
            {
                result.Add(right);
            }
        }
        return result;
    }

    private static string ReadScope(TableReader reader, PortfolioIndex index)
    {
        var scope = reader.Text(Scope);
        if (scope is null or "*")
        {
            return "*";
        }
        if (index.Initiatives is null)
        {
            return scope;
        }
        if (index.Initiatives.TryGetValue(scope, out var declared))
        {
            return declared.Id;
        }
        reader.Report(Scope, $"Scope '{scope}' must be * or a known InitiativeId");
        return scope;
    }
}
