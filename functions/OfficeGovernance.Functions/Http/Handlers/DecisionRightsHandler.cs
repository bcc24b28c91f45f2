using System.Globalization;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>GET /api/decision-rights?workbookId=&amp;initiativeId=&amp;type=&amp;amount=</c> (docs/rules.md#decision-rights): who may
/// approve a decision, checked against the stored workbook's DecisionRights, for a caller who can read it (else 404).
/// </summary>
public sealed class DecisionRightsHandler(WorkbookIds ids, WorkbookAccess access, StoredWorkbooks stored)
{
    /// <summary>Handles one request: 200 with <see cref="DecisionRightsDocument"/>, 400 naming the fields, 404.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? workbookId = request.Query["workbookId"];
        string? initiativeId = request.Query["initiativeId"];
        string? typeText = request.Query["type"];
        string? amountText = request.Query["amount"];
        var errors = new List<string>();
        if (ids.ProblemOf(workbookId) is { } idProblem)
        {
            errors.Add($"workbookId: {idProblem}");
        }
        if (string.IsNullOrWhiteSpace(initiativeId))
        {
            errors.Add("initiativeId: is required.");
        }
        if (!EnumLabels<DecisionType>.TryParse(typeText, out var type))
        {
            errors.Add($"type: '{typeText}' is not one of {string.Join(", ", EnumLabels<DecisionType>.All)}.");
        }
        var amount = 0m;
        if (!string.IsNullOrWhiteSpace(amountText)
            && (!decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out amount) || amount < 0))
        {
            errors.Add($"amount: '{amountText}' is not a non-negative number such as 1500.00.");
        }
        if (errors.Count > 0)
        {
            return ApiProblems.Fields(errors);
        }
        if (await access.DenialAsync(request, workbookId!, cancellationToken) is { } denied)
        {
            return denied;
        }
        try
        {
            if (await stored.ParseAsync(workbookId!, cancellationToken) is not { } workbook)
            {
                return WorkbookAccess.NotFound(workbookId!);
            }
            var initiative = workbook.Initiatives.FirstOrDefault(
                i => string.Equals(i.Id, initiativeId!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (initiative is null)
            {
                return ApiProblems.Field("initiativeId", $"'{initiativeId}' is not an InitiativeId in the workbook's Initiatives table.");
            }
            var caller = CallerIdentity.NameOf(request.HttpContext.User);
            var risk = InitiativeDecisionRights.RiskOf(initiative);
            var check = InitiativeDecisionRights.Check(workbook, initiative, type, caller, amount);
            var approvers = DecisionRightsChecker.ApproversFor(workbook.DecisionRights, type, initiative.Id, amount, risk);
            return TypedResults.Ok(new DecisionRightsDocument(workbookId!, initiative.Id, EnumLabels<DecisionType>.Label(type),
                amount, EnumLabels<RiskLevel>.Label(risk), caller, check.Allowed, approvers, check.Message));
        }
        catch (WorkbookValidationException e)
        {
            return ApiProblems.Workbook(e.Problems);
        }
    }
}
