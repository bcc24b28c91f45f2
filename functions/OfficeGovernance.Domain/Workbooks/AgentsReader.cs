using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>Reads the optional Agents table (PRODUCT.md section 1); every agent must name a known initiative.</summary>
internal static class AgentsReader
{
    private static readonly TableSchema S = PortfolioSchema.Agents;
    private static readonly int Id = S.IndexOf("AgentId"), Initiative = S.IndexOf("InitiativeId"), Name = S.IndexOf("Name"),
        Owner = S.IndexOf("Owner"), KillSwitchOwner = S.IndexOf("KillSwitchOwner"), Vendor = S.IndexOf("Vendor"),
        Model = S.IndexOf("Model"), PromptVersion = S.IndexOf("PromptVersion"), Autonomy = S.IndexOf("Autonomy"),
        Permissions = S.IndexOf("Permissions"), DataAccess = S.IndexOf("DataAccess"),
        HumanApproval = S.IndexOf("HumanApproval"), ExpectedBehavior = S.IndexOf("ExpectedBehavior"),
        RollbackPath = S.IndexOf("RollbackPath"), Status = S.IndexOf("Status"), LastReviewed = S.IndexOf("LastReviewed");

    public static List<Agent> Read(TableReader? reader, PortfolioIndex index)
    {
        var result = new List<Agent>();
        if (reader is null)
        {
            return result;
        }
        var declared = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.MoveNext())
        {
            var id = reader.Text(Id);
            if (id is not null && !declared.TryAdd(id, reader.Row))
            {
                reader.Report(Id, $"duplicate AgentId '{id}' (first at row {declared[id]})");
            }
            var agent = new Agent
            {
                Id = id!,
                InitiativeId = index.Initiative(reader, Initiative)!,
                Name = reader.Text(Name)!,
                Owner = reader.Email(Owner),
                KillSwitchOwner = reader.Email(KillSwitchOwner),
                Vendor = reader.Text(Vendor),
                Model = reader.Text(Model),
                PromptVersion = reader.Text(PromptVersion),
                Autonomy = reader.Enum<AgentAutonomy>(Autonomy),
                Permissions = reader.List<WorkAction>(Permissions),
                DataAccess = reader.List<DataCategory>(DataAccess),
                HumanApproval = reader.YesNo(HumanApproval),
                ExpectedBehavior = reader.Text(ExpectedBehavior),
                RollbackPath = reader.Text(RollbackPath),
                Status = reader.Enum<AgentStatus>(Status),
                LastReviewed = reader.Date(LastReviewed),
                Row = reader.Row,
            };
            if (reader.RowValid)
            {
                result.Add(agent);
            }
        }
        return result;
    }
}
