using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>Reads the Initiatives table and declares its ids (docs/rules.md#workbook-contract).</summary>
internal static class InitiativesReader
{
    private static readonly TableSchema S = PortfolioSchema.Initiatives;
    private static readonly int Id = S.IndexOf("InitiativeId"), Name = S.IndexOf("Name"), Workflow = S.IndexOf("Workflow"),
        Department = S.IndexOf("Department"), Objective = S.IndexOf("Objective"), Owner = S.IndexOf("Owner"),
        StopAuthority = S.IndexOf("StopAuthority"), Stage = S.IndexOf("Stage"), Status = S.IndexOf("Status"),
        DataTouched = S.IndexOf("DataTouched"), Actions = S.IndexOf("Actions"), Audience = S.IndexOf("Audience"),
        HumanCheckpoint = S.IndexOf("HumanCheckpoint"), FailureVisibility = S.IndexOf("FailureVisibility"),
        RiskLevel = S.IndexOf("RiskLevel"), Purpose = S.IndexOf("Purpose"), Cap = S.IndexOf("MonthlyBudgetCap"), OverageApprover = S.IndexOf("OverageApprover"),
        OverageLimit = S.IndexOf("OverageLimit"), SuccessMetric = S.IndexOf("SuccessMetric"),
        RollbackPlan = S.IndexOf("RollbackPlan"), FallbackProcess = S.IndexOf("FallbackProcess"),
        FallbackOwner = S.IndexOf("FallbackOwner"), LastRollbackDrill = S.IndexOf("LastRollbackDrill"),
        LaunchDate = S.IndexOf("LaunchDate"), NextReviewDate = S.IndexOf("NextReviewDate"),
        DecisionDueDate = S.IndexOf("DecisionDueDate");

    public static List<Initiative> Read(TableReader? reader, PortfolioIndex index)
    {
        var result = new List<Initiative>();
        if (reader is null)
        {
            return result;
        }
        var declared = reader.Has(Id) ? new Dictionary<string, (string Id, int Row)>(StringComparer.OrdinalIgnoreCase) : null;
        index.Initiatives = declared;
        while (reader.MoveNext())
        {
            var id = reader.Text(Id);
            if (id is not null && declared is not null && !declared.TryAdd(id, (id, reader.Row)))
            {
                reader.Report(Id, $"duplicate InitiativeId '{id}' (first at row {declared[id].Row})");
            }
            var initiative = new Initiative
            {
                Id = id!,
                Name = reader.Text(Name)!,
                Workflow = reader.Text(Workflow),
                Department = reader.Text(Department),
                Objective = reader.Enum<Objective>(Objective),
                Owner = reader.Email(Owner),
                StopAuthority = reader.Email(StopAuthority),
                Stage = reader.Enum<Stage>(Stage).GetValueOrDefault(),
                Status = reader.Enum<InitiativeStatus>(Status) ?? InitiativeStatus.Active,
                DataTouched = reader.List<DataCategory>(DataTouched),
                Actions = reader.List<WorkAction>(Actions),
                Audience = reader.Enum<Audience>(Audience),
                HumanCheckpoint = reader.Enum<HumanCheckpoint>(HumanCheckpoint),
                FailureVisibility = reader.Enum<FailureVisibility>(FailureVisibility),
                RiskLevel = reader.Enum<RiskLevel>(RiskLevel),
                Purpose = reader.Text(Purpose),
                MonthlyBudgetCap = reader.Money(Cap).GetValueOrDefault(),
                OverageApprover = reader.Email(OverageApprover),
                OverageLimit = reader.Money(OverageLimit),
                SuccessMetric = reader.Text(SuccessMetric),
                RollbackPlan = reader.Text(RollbackPlan),
                FallbackProcess = reader.Text(FallbackProcess),
                FallbackOwner = reader.Email(FallbackOwner),
                LastRollbackDrill = reader.Date(LastRollbackDrill),
                LaunchDate = reader.Date(LaunchDate),
                NextReviewDate = reader.Date(NextReviewDate),
                DecisionDueDate = reader.Date(DecisionDueDate),
                Row = reader.Row,
            };
            if (reader.RowValid)
            {
                result.Add(initiative);
            }
        }
        return result;
    }
}
