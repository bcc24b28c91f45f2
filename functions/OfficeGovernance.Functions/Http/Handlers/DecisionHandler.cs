using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>POST /api/decisions</c>: records a decision approved by the caller (the token's identity), after checking it
/// against the DecisionRights of the STORED workbook at the initiative's reviewed risk (PRODUCT.md sections 2 and 5):
/// nothing the request says about rights counts. Refusals are 403 problems naming who could approve; a workbook the
/// caller cannot read is 404; invalid requests 400; nothing is written unless it answers 201.
/// </summary>
public sealed class DecisionHandler(
    WorkbookIds ids, WorkbookAccess access, StoredWorkbooks stored, WorkbookDecisionLogs logs, TimeProvider time, GuidSource guids)
{
    /// <summary>Handles one request.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, problem) = await RequestBody.ReadJsonAsync<DecisionRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var caller = CallerIdentity.NameOf(request.HttpContext.User);
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
        if (await access.DenialAsync(request, body.WorkbookId!, cancellationToken) is { } denied)
        {
            return denied;
        }
        try
        {
            var read = await stored.ReadAsync(body.WorkbookId!, cancellationToken);
            if (read is null)
            {
                return WorkbookAccess.NotFound(body.WorkbookId!);
            }
            var workbook = read.Workbook;
            var initiative = workbook.Initiatives.FirstOrDefault(
                i => string.Equals(i.Id, body.InitiativeId!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (initiative is null)
            {
                return ApiProblems.Field("initiativeId", $"'{body.InitiativeId}' is not an InitiativeId in the workbook's Initiatives table.");
            }
            var check = InitiativeDecisionRights.Check(workbook, initiative, type, caller, body.Amount ?? 0m);
            if (!check.Allowed)
            {
                return ApiProblems.Status(StatusCodes.Status403Forbidden, "The decision rights do not allow this decision.",
                    check.Message, new Dictionary<string, object?> { ["couldApprove"] = check.AlternativeApprovers });
            }
            var now = time.GetUtcNow();
            // Checked with the other fields above, so only the default (the month in the workbook's zone) is left.
            var month = OverageMonth.ForDecision(type, body.Month, now, workbook.Settings.TimeZone, "month");
            if (logs.IsShared)
            {
                // The shared log is keyed by Settings.WorkbookId: the first decision gives the workbook its id.
                workbook = (await stored.WithWorkbookIdAsync(body.WorkbookId!, read, cancellationToken)).Workbook;
            }
            var entry = await logs.Open(body.WorkbookId!, workbook.Settings).AppendAsync(new DecisionDraft
            {
                DecisionId = guids.NewGuid().ToString("N"),
                Timestamp = now,
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
                Month = month,
            }, cancellationToken);
            return TypedResults.Created($"/api/decisions?workbookId={Uri.EscapeDataString(body.WorkbookId!)}", DecisionDocument.Of(entry));
        }
        catch (WorkbookValidationException e)
        {
            return ApiProblems.Workbook(e.Problems);
        }
        catch (WorkbookConflictException e)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The workbook changed while the decision was recorded.",
                e.Message + " Send the decision again.");
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
        if (body.Month is { } month)
        {
            try
            {
                OverageMonth.ForDecision(type, month, DateTimeOffset.UnixEpoch, TimeZoneInfo.Utc, "month");
            }
            catch (FormatException invalid)
            {
                errors.Add(invalid.Message);
            }
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
