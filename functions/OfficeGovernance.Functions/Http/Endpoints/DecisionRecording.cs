using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Endpoints;

/// <summary>
/// <c>POST /api/decisions</c>: records a decision approved by the caller, after checking it against the workbook's
/// DecisionRights at the initiative's reviewed risk (PRODUCT.md section 2). Refusals are 403 problems naming who
/// could approve; invalid requests 400; nothing is written unless it answers 201.
/// </summary>
public static class DecisionRecording
{
    /// <summary>Handles one request.</summary>
    public static async Task<Results<Created<DecisionDocument>, ProblemHttpResult>> RecordAsync(
        HttpRequest request, ClaimsPrincipal user, WorkbookIds ids, WorkbookDecisionLogs logs, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync<DecisionRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var caller = CallerIdentity.NameOf(user);
        if (body!.ApprovedBy is { Length: > 0 } named && !string.Equals(named.Trim(), caller, StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "The approver must be the caller.",
                $"approvedBy: '{named}' is not the caller '{caller}'; a decision is always approved by whoever records it.");
        }
        var errors = FieldErrors(body, ids.ProblemOf(body.WorkbookId), out var type, out var effect);
        if (errors.Count > 0)
        {
            return ApiProblems.Fields(errors);
        }
        try
        {
            var workbook = PortfolioParser.Parse(TablesJson.ToTableData(body.Tables));
            var initiative = workbook.Initiatives.FirstOrDefault(
                i => string.Equals(i.Id, body.InitiativeId!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (initiative is null)
            {
                return ApiProblems.Field("initiativeId", $"'{body.InitiativeId}' is not an InitiativeId in Initiatives.");
            }
            var log = logs.Open(body.WorkbookId!);
            var check = InitiativeDecisionRights.Check(workbook, initiative, type, caller, body.Amount ?? 0m);
            if (!check.Allowed)
            {
                return ApiProblems.Status(StatusCodes.Status403Forbidden, "The decision rights do not allow this decision.",
                    check.Message, new Dictionary<string, object?> { ["couldApprove"] = check.AlternativeApprovers });
            }
            var entry = await log.AppendAsync(new DecisionDraft
            {
                DecisionId = Guid.NewGuid().ToString("N"),
                Timestamp = time.GetUtcNow(),
                InitiativeId = initiative.Id,
                DecisionType = type,
                WhatChanged = body.What is { Length: > 0 } what ? what : $"{EnumLabels<DecisionType>.Label(type)}: {initiative.Name}",
                Why = body.Why!.Trim(),
                ApprovedBy = caller,
                RequestedBy = body.RequestedBy,
                CostEffect = body.CostEffect ?? 0m,
                RiskEffect = effect,
                RiskNote = body.RiskNote,
                Amount = body.Amount,
            }, cancellationToken);
            return TypedResults.Created($"/api/decisions?workbookId={Uri.EscapeDataString(body.WorkbookId!)}", DecisionDocument.Of(entry));
        }
        catch (WorkbookValidationException e)
        {
            return ApiProblems.Workbook(e.Problems);
        }
    }

    private static List<string> FieldErrors(DecisionRequest body, string? idProblem, out DecisionType type, out RiskEffect effect)
    {
        var errors = new List<string>();
        if (idProblem is not null)
        {
            errors.Add($"workbookId: {idProblem}");
        }
        if (string.IsNullOrWhiteSpace(body.InitiativeId))
        {
            errors.Add("initiativeId: is required.");
        }
        if (!EnumLabels<DecisionType>.TryParse(body.Type, out type))
        {
            errors.Add($"type: '{body.Type}' is not one of {string.Join(", ", EnumLabels<DecisionType>.All)}.");
        }
        else if (type == DecisionType.Overage && body.Amount is null)
        {
            errors.Add("amount: an Overage decision needs the amount it approves.");
        }
        if (string.IsNullOrWhiteSpace(body.Why))
        {
            errors.Add("why: is required.");
        }
        effect = RiskEffect.None;
        if (body.RiskEffect is { Length: > 0 } e && !Enum.TryParse(e, ignoreCase: true, out effect))
        {
            errors.Add($"riskEffect: '{e}' is not Raised, Lowered or None.");
        }
        return errors;
    }
}
