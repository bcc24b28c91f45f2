using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Application;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>POST /api/decisions</c>: records a decision approved by the caller (the token's identity), after checking it
/// against the DecisionRights of the STORED workbook at the initiative's reviewed risk (docs/rules.md#decision-rights):
/// nothing the request says about rights counts. Refusals are 403 problems naming who could approve; a workbook the
/// caller cannot read is 404; invalid requests 400; nothing is written unless it answers 201. A repeat carrying the
/// same <c>Idempotency-Key</c> header and content answers 200 with the first entry and writes nothing; the same key
/// with other content is 409. A workbook presenting an id bound to another stored workbook is 409.
/// </summary>
public sealed class DecisionHandler(
    WorkbookIds ids, WorkbookAccess access, StoredWorkbooks stored, IWorkbookDecisionLogs logs, TimeProvider time, GuidSource guids,
    Microsoft.Extensions.Options.IOptions<DecisionLogOptions> limits)
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
        errors.AddRange(new[] { ("why", body.Why), ("what", body.What), ("riskNote", body.RiskNote), ("requestedBy", body.RequestedBy) }
            .Select(f => DecisionTextLimit.ProblemOf(f.Item1, f.Item2, limits.Value.MaxTextLength))
            .OfType<string>());
        var idempotencyKey = request.Headers[IdempotencyKeyHeader].ToString() is { Length: > 0 } sent ? sent : null;
        if (idempotencyKey is not null && IdempotencyKeyProblem(idempotencyKey) is { } keyProblem)
        {
            errors.Add($"{IdempotencyKeyHeader}: {keyProblem}");
        }
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
            var log = logs.Open(body.WorkbookId!, workbook.Settings);
            // The rules are those of the stored workbook the id is bound to (docs/rules.md#decision-log): a copy
            // presenting its original's id is refused, and only a Rebind may be checked against the original.
            var rules = workbook;
            if (log is BoundDecisionLog bound && await bound.HolderAsync(cancellationToken) is { } holder)
            {
                if (type != DecisionType.Rebind)
                {
                    return BindingConflict(bound.Conflict(holder));
                }
                if (await access.DenialAsync(request, holder, cancellationToken) is { } deniedOriginal)
                {
                    return deniedOriginal;
                }
                rules = await stored.ParseAsync(holder, cancellationToken) ?? workbook;
                if (ReferenceEquals(rules, workbook))
                {
                    return ApiProblems.Status(StatusCodes.Status409Conflict, "The workbook holding this id is gone.",
                        $"The workbook id of '{body.WorkbookId}' is bound to '{holder}', which is no longer stored here; " +
                        "a Rebind is checked against the DecisionRights of that workbook, so restore it first.");
                }
            }
            var initiative = type == DecisionType.Rebind ? null : workbook.Initiatives.FirstOrDefault(
                i => string.Equals(i.Id, body.InitiativeId!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (initiative is null && type != DecisionType.Rebind)
            {
                return ApiProblems.Field("initiativeId", $"'{body.InitiativeId}' is not an InitiativeId in the workbook's Initiatives table.");
            }
            var check = initiative is null
                ? InitiativeDecisionRights.CheckWholeWorkbook(rules, type, caller)
                : InitiativeDecisionRights.Check(rules, initiative, type, caller, body.Amount ?? 0m);
            if (!check.Allowed)
            {
                return ApiProblems.Status(StatusCodes.Status403Forbidden, "The decision rights do not allow this decision.",
                    check.Message, new Dictionary<string, object?> { ["couldApprove"] = check.AlternativeApprovers });
            }
            var now = time.GetUtcNow();
            // Checked with the other fields above, so only the default (the month in the workbook's zone) is left.
            var month = OverageMonth.ForDecision(type, body.Month, now, workbook.Settings.TimeZone, "month");
            if (logs.IsShared && workbook.Settings.WorkbookId is null)
            {
                // The shared log is keyed by Settings.WorkbookId: the first decision gives the workbook its id.
                workbook = (await stored.WithWorkbookIdAsync(body.WorkbookId!, read, cancellationToken)).Workbook;
                log = logs.Open(body.WorkbookId!, workbook.Settings);
            }
            var draft = new DecisionDraft
            {
                DecisionId = guids.NewGuid().ToString("N"),
                Timestamp = now,
                InitiativeId = initiative?.Id ?? InitiativeDecisionRights.WholeWorkbook,
                DecisionType = type,
                WhatChanged = body.What is { Length: > 0 } what ? what
                    : $"{EnumLabels<DecisionType>.Label(type)}: {initiative?.Name ?? body.WorkbookId}",
                Why = body.Why!.Trim(),
                ApprovedBy = caller,
                RequestedBy = body.RequestedBy,
                CostEffect = body.CostEffect ?? 0m,
                RiskEffect = effect,
                RiskNote = body.RiskNote,
                Amount = body.Amount,
                Month = month,
                ApproverSource = Domain.DecisionLog.ApproverSource.Token,
                IdempotencyKey = idempotencyKey,
            };
            var entry = await log.AppendAsync(draft, cancellationToken);
            if (IdempotentReplay.IsReplay(draft, entry))
            {
                return TypedResults.Ok(DecisionDocument.Of(entry));
            }
            return TypedResults.Created($"/api/decisions?workbookId={Uri.EscapeDataString(body.WorkbookId!)}", DecisionDocument.Of(entry));
        }
        catch (WorkbookBindingConflictException e)
        {
            return BindingConflict(e);
        }
        catch (IdempotencyKeyConflictException e)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The idempotency key was used for another decision.",
                e.Message, new Dictionary<string, object?> { ["decisionId"] = e.Stored.Decision.DecisionId });
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

    /// <summary>The request header carrying the idempotency key of a write (docs/rules.md#decision-log).</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Keys are 1 to 200 printable ASCII characters (a GUID or a client's own token).</summary>
    private static string? IdempotencyKeyProblem(string key) =>
        key.Length > 200 || key.Any(c => c is < ' ' or > '~') ? "must be 1 to 200 printable ASCII characters." : null;

    private static IResult BindingConflict(WorkbookBindingConflictException conflict) =>
        ApiProblems.Status(StatusCodes.Status409Conflict, "Another stored workbook holds this workbook id.", conflict.Message,
            new Dictionary<string, object?> { ["boundWorkbook"] = conflict.Holder });

    private static List<string> FieldErrors(DecisionRequest body, string? idProblem, out DecisionType type, out RiskEffect effect)
    {
        var errors = new List<string>();
        if (idProblem is not null)
        {
            errors.Add($"workbookId: {idProblem}");
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
        if (string.IsNullOrWhiteSpace(body.InitiativeId) && type != DecisionType.Rebind)
        {
            errors.Add("initiativeId: is required.");
        }
        if (body.Amount is < 0m)
        {
            errors.Add($"amount: {body.Amount} is negative; an amount decided is never below 0 (docs/rules.md#overage).");
        }
        if (string.IsNullOrWhiteSpace(body.Why))
        {
            errors.Add("why: is required.");
        }
        effect = RiskEffect.None;
        // Labels only: Enum.TryParse would take "7" as a number outside the enum.
        if (body.RiskEffect is { Length: > 0 } e && !EnumLabels<RiskEffect>.TryParse(e, out effect))
        {
            errors.Add($"riskEffect: '{e}' is not one of {string.Join(", ", EnumLabels<RiskEffect>.All)}.");
        }
        return errors;
    }
}
