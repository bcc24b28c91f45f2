using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the optional Agents table (docs/rules.md#workbook-contract): every agent names a known initiative, except a row
/// <c>sync-agents</c> added (it has an EntraObjectId), which may leave InitiativeId blank: an agent outside the
/// portfolio. An EntraObjectId names one row only.
/// </summary>
internal static class AgentsReader
{
    private static readonly TableSchema S = PortfolioSchema.Agents;
    private static readonly int Id = S.IndexOf("AgentId"), Initiative = S.IndexOf("InitiativeId"), Name = S.IndexOf("Name"),
        Owner = S.IndexOf("Owner"), KillSwitchOwner = S.IndexOf("KillSwitchOwner"), Vendor = S.IndexOf("Vendor"),
        Model = S.IndexOf("Model"), PromptVersion = S.IndexOf("PromptVersion"), Autonomy = S.IndexOf("Autonomy"),
        Permissions = S.IndexOf("Permissions"), DataAccess = S.IndexOf("DataAccess"),
        HumanApproval = S.IndexOf("HumanApproval"), ExpectedBehavior = S.IndexOf("ExpectedBehavior"),
        RollbackPath = S.IndexOf("RollbackPath"), Status = S.IndexOf("Status"), LastReviewed = S.IndexOf("LastReviewed"),
        EntraObjectId = S.IndexOf("EntraObjectId");

    public static List<Agent> Read(TableReader? reader, PortfolioIndex index)
    {
        var result = new List<Agent>();
        if (reader is null)
        {
            return result;
        }
        var declared = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var synced = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        while (reader.MoveNext())
        {
            var id = reader.Text(Id);
            if (id is not null && !declared.TryAdd(id, reader.Row))
            {
                reader.Report(Id, $"duplicate AgentId '{id}' (first at row {declared[id]})");
            }
            var objectId = reader.Text(EntraObjectId);
            if (objectId is not null && !synced.TryAdd(objectId, reader.Row))
            {
                reader.Report(EntraObjectId, $"duplicate EntraObjectId '{objectId}' (first at row {synced[objectId]}): one agent identity is one row");
            }
            if (objectId is null && reader.IsBlank(Initiative))
            {
                reader.Report(Initiative,
                    "InitiativeId is required; it may be blank only on a row sync-agents added (one with an EntraObjectId)");
            }
            var agent = new Agent
            {
                Id = id!,
                InitiativeId = index.Initiative(reader, Initiative),
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
                EntraObjectId = objectId,
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
