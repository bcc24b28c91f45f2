using OfficeGovernance.Application.DecisionLog;
using OfficeGovernance.Application.Decisions;
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
    WorkbookEndpoint endpoint, WorkbookAccess access, StoredWorkbooks stored, IWorkbookDecisionLogs logs, DecisionRecording decisions,
    GuidSource guids, Microsoft.Extensions.Options.IOptions<DecisionLogOptions> limits)
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
        // Before the shared opening, as the tests pin: naming another approver is refused whatever else is wrong.
        if (body!.ApprovedBy is { Length: > 0 } named && !string.Equals(named.Trim(), caller, StringComparison.OrdinalIgnoreCase))
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "The approver must be the caller.",
                $"approvedBy: '{named}' is not the caller '{caller}'; a decision is always approved by whoever records it.");
        }
        var errors = FieldErrors(body, out var type, out var effect);
        errors.AddRange(new[] { ("why", body.Why), ("what", body.What), ("riskNote", body.RiskNote), ("requestedBy", body.RequestedBy) }
            .Select(f => DecisionTextLimit.ProblemOf(f.Item1, f.Item2, limits.Value.MaxTextLength))
            .OfType<string>());
        var idempotencyKey = request.Headers[IdempotencyKeyHeader].ToString() is { Length: > 0 } sent ? sent : null;
        if (idempotencyKey is not null && IdempotencyKeyProblem(idempotencyKey) is { } keyProblem)
        {
            errors.Add($"{IdempotencyKeyHeader}: {keyProblem}");
        }
        if (await endpoint.RefusalAsync(request, body.WorkbookId, errors, cancellationToken) is { } refused)
        {
            return refused;
        }
        var workbookId = body.WorkbookId!;
        try
        {
            return await WorkbookEndpoint.AnswerAsync(workbookId, async () =>
            {
                var presented = await StoredDecisionWorkbook.OpenAsync(stored, logs, workbookId,
                    async (holder, ct) => await access.DenialAsync(request, holder, ct) is null, cancellationToken);
                if (presented is null)
                {
                    return WorkbookAccess.NotFound(workbookId);
                }
                var decision = new DecisionToRecord(type, body.InitiativeId, caller, ApproverSource.Token, body.Why!.Trim(),
                    body.What is { Length: > 0 } what ? what : null, body.Amount, body.CostEffect ?? 0m, effect, body.RiskNote,
                    body.RequestedBy, body.Month, "month", idempotencyKey);
                return Answer(workbookId, body.InitiativeId, await decisions.RecordAsync(presented, decision, guids.NewGuid().ToString("N"), cancellationToken));
            });
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
        catch (WorkbookConflictException e)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The workbook changed while the decision was recorded.",
                e.Message + " Send the decision again.");
        }
    }

    private static IResult Answer(string workbookId, string? initiativeId, DecisionOutcome outcome) => outcome.Kind switch
    {
        DecisionOutcomeKind.Recorded => TypedResults.Created(
            $"/api/decisions?workbookId={Uri.EscapeDataString(workbookId)}", DecisionDocument.Of(outcome.Entry!)),
        DecisionOutcomeKind.Replayed => TypedResults.Ok(DecisionDocument.Of(outcome.Entry!)),
        DecisionOutcomeKind.Refused => ApiProblems.Status(StatusCodes.Status403Forbidden, "The decision rights do not allow this decision.",
            outcome.Check!.Message, new Dictionary<string, object?> { ["couldApprove"] = outcome.Check.AlternativeApprovers }),
        DecisionOutcomeKind.UnknownInitiative => ApiProblems.Field("initiativeId",
            $"'{initiativeId}' is not an InitiativeId in the workbook's Initiatives table."),
        DecisionOutcomeKind.HolderUnreadable => WorkbookAccess.NotFound(outcome.Holder!),
        _ => ApiProblems.Status(StatusCodes.Status409Conflict, "The workbook holding this id is gone.",
            $"The workbook id of '{workbookId}' is bound to '{outcome.Holder}', which is no longer stored here; " +
            "a Rebind is checked against the DecisionRights of that workbook, so restore it first."),
    };

    /// <summary>The request header carrying the idempotency key of a write (docs/rules.md#decision-log).</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>Keys are 1 to 200 printable ASCII characters (a GUID or a client's own token).</summary>
    private static string? IdempotencyKeyProblem(string key) =>
        key.Length > 200 || key.Any(c => c is < ' ' or > '~') ? "must be 1 to 200 printable ASCII characters." : null;

    private static IResult BindingConflict(WorkbookBindingConflictException conflict) =>
        ApiProblems.Status(StatusCodes.Status409Conflict, "Another stored workbook holds this workbook id.", conflict.Message,
            new Dictionary<string, object?> { ["boundWorkbook"] = conflict.Holder });

    // The workbook id's own problem comes first in the answer, from the shared opening (WorkbookEndpoint).
    private static List<string> FieldErrors(DecisionRequest body, out DecisionType type, out RiskEffect effect)
    {
        var errors = new List<string>();
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
