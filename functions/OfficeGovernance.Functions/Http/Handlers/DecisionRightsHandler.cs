using System.Globalization;
using OfficeGovernance.Application.DecisionRights;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Functions.Http.Auth;
using OfficeGovernance.Functions.Http.Problems;
using OfficeGovernance.Functions.Http.Workbooks;

namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// <c>GET /api/decision-rights?workbookId=&amp;initiativeId=&amp;type=&amp;amount=</c> (docs/rules.md#decision-rights): who may
/// approve a decision, checked against the stored workbook's DecisionRights (<see cref="DecisionRightsQuery"/>), for a
/// caller who can read it (else 404).
/// </summary>
public sealed class DecisionRightsHandler(WorkbookEndpoint endpoint, DecisionRightsQuery rights)
{
    /// <summary>Handles one request: 200 with <see cref="DecisionRightsDocument"/>, 400 naming the fields, 404.</summary>
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        string? workbookId = request.Query["workbookId"];
        string? initiativeId = request.Query["initiativeId"];
        string? typeText = request.Query["type"];
        string? amountText = request.Query["amount"];
        var errors = new List<string>();
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
        if (await endpoint.RefusalAsync(request, workbookId, errors, cancellationToken) is { } refused)
        {
            return refused;
        }
        return await WorkbookEndpoint.AnswerAsync(workbookId!, async () =>
        {
            var caller = CallerIdentity.NameOf(request.HttpContext.User);
            if (await rights.AskAsync(workbookId!, initiativeId!, type, caller, amount, cancellationToken) is not { } answer)
            {
                return ApiProblems.Field("initiativeId", $"'{initiativeId}' is not an InitiativeId in the workbook's Initiatives table.");
            }
            return TypedResults.Ok(new DecisionRightsDocument(workbookId!, answer.Initiative.Id, EnumLabels<DecisionType>.Label(type),
                amount, EnumLabels<RiskLevel>.Label(answer.Risk), caller, answer.Check.Allowed, answer.Approvers, answer.Check.Message));
        });
    }
}
