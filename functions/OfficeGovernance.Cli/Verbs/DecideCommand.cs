using System.CommandLine;
using System.Globalization;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Functions.Reviews;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>decide --workbook W.xlsx --initiative I --type T --by EMAIL --why TEXT ...</c>: records a decision after
/// checking it against DecisionRights (PRODUCT.md sections 2 and 5). A refusal exits 4, names who could approve,
/// and leaves the log untouched.
/// </summary>
internal static class DecideCommand
{
    public static Command Create(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var decisionLog = CliOptions.DecisionLog();
        var initiative = new Option<string>("--initiative") { Description = "The InitiativeId.", Required = true };
        var type = new Option<string>("--type")
        {
            Description = "The decision type: " + string.Join(", ", EnumLabels<DecisionType>.All) + ".", Required = true,
        };
        var by = new Option<string>("--by") { Description = "The approver's email.", Required = true };
        var why = new Option<string>("--why") { Description = "Why the decision was taken.", Required = true };
        var what = new Option<string?>("--what") { Description = "What changed (default: the decision type and initiative)." };
        var amount = new Option<string?>("--amount") { Description = "The amount decided (required for Overage), workbook currency." };
        var costEffect = new Option<string?>("--cost-effect") { Description = "Change to monthly cost, signed, workbook currency." };
        var riskEffect = new Option<string>("--risk-effect") { Description = "Raised, Lowered or None.", DefaultValueFactory = _ => "None" };
        var riskNote = new Option<string?>("--risk-note") { Description = "A note on the risk effect." };
        var requestedBy = new Option<string?>("--requested-by") { Description = "Who asked for the decision." };

        var command = new Command("decide", "Record a decision, checked against the workbook's DecisionRights.")
        {
            workbook, initiative, type, by, why, what, amount, costEffect, riskEffect, riskNote, requestedBy, decisionLog,
        };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var path = result.GetRequiredValue(workbook).FullName;
            var loaded = PortfolioWorkbookFile.Load(path);
            var target = loaded.Workbook.Initiatives.FirstOrDefault(
                i => string.Equals(i.Id, result.GetRequiredValue(initiative).Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException($"--initiative: '{result.GetValue(initiative)}' is not an InitiativeId in Initiatives.");
            var decisionType = EnumLabels<DecisionType>.TryParse(result.GetValue(type), out var t) ? t
                : throw new ArgumentException($"--type: '{result.GetValue(type)}' is not one of {string.Join(", ", EnumLabels<DecisionType>.All)}.");
            var approver = Email(result.GetRequiredValue(by), "--by");
            var money = Money(result.GetValue(amount), "--amount");
            if (decisionType == DecisionType.Overage && money is null)
            {
                throw new ArgumentException("--amount: an Overage decision needs the amount it approves.");
            }
            var effect = Enum.TryParse<RiskEffect>(result.GetValue(riskEffect), ignoreCase: true, out var e) ? e
                : throw new ArgumentException($"--risk-effect: '{result.GetValue(riskEffect)}' is not Raised, Lowered or None.");

            var log = DecisionLogLocation.Open(result.GetValue(decisionLog), path);
            var check = InitiativeDecisionRights.Check(loaded.Workbook, target, decisionType, approver, money ?? 0m);
            if (!check.Allowed)
            {
                await context.Error.WriteLineAsync(check.Message);
                return ExitCodes.Refused;
            }

            var entry = await log.AppendAsync(new DecisionDraft
            {
                DecisionId = context.NewId(),
                Timestamp = context.Time.GetUtcNow(),
                InitiativeId = target.Id,
                DecisionType = decisionType,
                WhatChanged = result.GetValue(what) ?? $"{EnumLabels<DecisionType>.Label(decisionType)}: {target.Name}",
                Why = result.GetRequiredValue(why),
                ApprovedBy = approver,
                RequestedBy = result.GetValue(requestedBy),
                CostEffect = Money(result.GetValue(costEffect), "--cost-effect") ?? 0m,
                RiskEffect = effect,
                RiskNote = result.GetValue(riskNote),
                Amount = money,
            }, cancellationToken);
            await context.Out.WriteLineAsync(DecisionFormatter.Describe(entry));
            return ExitCodes.Done;
        }));
        return command;
    }

    private static string Email(string value, string option)
    {
        var trimmed = value.Trim();
        var at = trimmed.IndexOf('@');
        return at > 0 && trimmed.IndexOf('.', at) > at + 1 && !trimmed.Contains(' ')
            ? trimmed
            : throw new ArgumentException($"{option}: '{value}' is not an email address.");
    }

    private static decimal? Money(string? value, string option) =>
        value is null ? null
        : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var money) ? money
        : throw new ArgumentException($"{option}: '{value}' is not a number.");
}
