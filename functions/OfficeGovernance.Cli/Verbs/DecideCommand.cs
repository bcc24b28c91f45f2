using System.CommandLine;
using System.Globalization;
using OfficeGovernance.Application.Decisions;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Application.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>decide --workbook W.xlsx --initiative I --type T [--by EMAIL] --why TEXT ...</c>: records a decision after
/// checking it against DecisionRights (docs/rules.md#decision-rights). A refusal exits 4, names who could approve,
/// and leaves the log untouched. In a shared log (Table Storage) the approver is the signed-in identity, never a
/// typed name: <c>--by</c> may be left out, and one that differs exits 2 naming both; the workbook gets its
/// <c>Settings.WorkbookId</c> first when it has none. Only the embedded file store on the user's own machine takes
/// the approver from <c>--by</c>. An Overage names the month it covers (<c>--month yyyy-mm</c>, default this month in the
/// workbook time zone; docs/rules.md#overage); <c>decide</c> then says which month's overrun it covers, or warns
/// on standard error (exit 0) when it covers none.
/// </summary>
internal static class DecideCommand
{
    public static Command Create(CliContext context)
    {
        var workbook = CliOptions.Workbook();
        var decisionLog = CliOptions.DecisionLog();
        var initiative = new Option<string?>("--initiative") { Description = "The InitiativeId (not for Rebind, which covers the whole workbook)." };
        var type = new Option<string>("--type")
        {
            Description = "The decision type: " + string.Join(", ", EnumLabels<DecisionType>.All) + ".", Required = true,
        };
        var by = new Option<string?>("--by")
        {
            Description = "The approver's email: required with the embedded log; with a shared log the signed-in identity, which --by must match.",
        };
        var why = new Option<string>("--why") { Description = "Why the decision was taken.", Required = true };
        var what = new Option<string?>("--what") { Description = "What changed (default: the decision type and initiative)." };
        var amount = new Option<string?>("--amount") { Description = "The amount decided (required for Overage), workbook currency." };
        var costEffect = new Option<string?>("--cost-effect") { Description = "Change to monthly cost, signed, workbook currency." };
        var riskEffect = new Option<string>("--risk-effect") { Description = "Raised, Lowered or None.", DefaultValueFactory = _ => "None" };
        var riskNote = new Option<string?>("--risk-note") { Description = "A note on the risk effect." };
        var requestedBy = new Option<string?>("--requested-by") { Description = "Who asked for the decision." };
        var month = new Option<string?>("--month")
        {
            Description = "Overage only: the month it covers, yyyy-mm (default: this month in the workbook time zone); may be past.",
        };
        var idempotencyKey = new Option<string?>("--idempotency-key")
        {
            Description = "The write's idempotency key (default: a new one per command): run again with the same key and " +
                          "content, it returns the first entry and writes nothing.",
        };

        var command = new Command("decide", "Record a decision, checked against the workbook's DecisionRights.")
        {
            workbook, initiative, type, by, why, what, amount, costEffect, riskEffect, riskNote, requestedBy, month, idempotencyKey, decisionLog,
        };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var path = result.GetRequiredValue(workbook).FullName;
            var trip = await WorkbookRoundTrip.OpenFileAsync(context.Workbooks, context.Package, path, cancellationToken);
            var read = trip.Workbook;
            var decisionType = EnumLabels<DecisionType>.TryParse(result.GetValue(type), out var t) ? t
                : throw new ArgumentException($"--type: '{result.GetValue(type)}' is not one of {string.Join(", ", EnumLabels<DecisionType>.All)}.");
            var target = decisionType == DecisionType.Rebind ? null : Initiative(read, result.GetValue(initiative));
            var log = result.GetValue(decisionLog);
            var shared = DecisionLogLocation.IsShared(log, context);
            // Opened first, so that a malformed connection string is refused before anything is asked or written.
            var store = DecisionLogLocation.Open(log, path, read.Settings, context);
            var approver = shared
                ? await SignedInAsync(result.GetValue(by), context, cancellationToken)
                : Email(result.GetValue(by) ?? throw new ArgumentException(
                    "--by: the embedded decision log needs the approver's email (a shared log takes the signed-in identity)."), "--by");
            var money = Money(result.GetValue(amount), "--amount");
            if (decisionType == DecisionType.Overage && money is null)
            {
                throw new ArgumentException("--amount: an Overage decision needs the amount it approves.");
            }
            if (money is < 0m)
            {
                throw new ArgumentException($"--amount: {money} is negative; an amount decided is never below 0 (docs/rules.md#overage).");
            }
            var effect = EnumLabels<RiskEffect>.TryParse(result.GetValue(riskEffect), out var e) ? e
                : throw new ArgumentException($"--risk-effect: '{result.GetValue(riskEffect)}' is not one of {string.Join(", ", EnumLabels<RiskEffect>.All)}.");

            if (new[] { ("--why", result.GetValue(why)), ("--what", result.GetValue(what)), ("--risk-note", result.GetValue(riskNote)),
                    ("--requested-by", result.GetValue(requestedBy)) }
                .Select(f => DecisionTextLimit.ProblemOf(f.Item1, f.Item2)).OfType<string>().FirstOrDefault() is { } tooLong)
            {
                throw new ArgumentException(tooLong);
            }
            var costChange = Money(result.GetValue(costEffect), "--cost-effect") ?? 0m;
            var now = context.Time.GetUtcNow();
            // Checked here with the other options; the use case takes the month as typed.
            _ = CoveredMonth(decisionType, result.GetValue(month), now, read.Settings);
            // The bound workbook's rules, the rights check and the WorkbookId come from the use case, after every
            // option is checked: a copy presenting its original's id is refused there (docs/rules.md#workbook-binding).
            var decisionId = context.NewId();
            var decision = new DecisionToRecord(decisionType, target?.Id, approver, shared ? ApproverSource.SignedIn : ApproverSource.Typed,
                result.GetRequiredValue(why), result.GetValue(what), money, costChange, effect, result.GetValue(riskNote),
                result.GetValue(requestedBy), result.GetValue(month), "--month",
                // One key per command, reused by the store's own retries (the same draft), so a retry never doubles it.
                result.GetValue(idempotencyKey) ?? "cli-" + decisionId);
            var outcome = await new DecisionRecording(context.Time).RecordAsync(
                new LocalDecisionWorkbook(trip, store, shared, log, context), decision, decisionId, cancellationToken);
            switch (outcome.Kind)
            {
                case DecisionOutcomeKind.Refused:
                    await context.Error.WriteLineAsync(outcome.Check!.Message);
                    return ExitCodes.Refused;
                case DecisionOutcomeKind.HolderGone or DecisionOutcomeKind.HolderUnreadable:
                    throw new ArgumentException($"The decision log is bound to '{outcome.Holder}', which no longer exists; a Rebind is " +
                        "checked against the DecisionRights of that workbook, so restore it first.");
                case DecisionOutcomeKind.UnknownInitiative:
                    throw new ArgumentException($"--initiative: '{result.GetValue(initiative)}' is not an InitiativeId in Initiatives.");
            }
            var entry = outcome.Entry!;
            if (outcome.Kind == DecisionOutcomeKind.Replayed)
            {
                await context.Out.WriteLineAsync("Already recorded with this idempotency key; nothing was written.");
            }
            await context.Out.WriteLineAsync(DecisionFormatter.Describe(entry));
            if (decisionType == DecisionType.Overage)
            {
                await SayWhatItCoversAsync(context, read, target!, entry, outcome.Log, now, cancellationToken);
            }
            return ExitCodes.Done;
        }));
        return command;
    }

    // docs/rules.md#overage: an Overage names its month; one that covers no overrun is logged all the same (it may be
    // an approval ahead of spend), but the approver is told on standard error.
    private static async Task SayWhatItCoversAsync(
        CliContext context, PortfolioWorkbook workbook, Initiative target, DecisionEntry entry, IDecisionLogStore store,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var log = await store.ReadAllAsync(cancellationToken);
        var effect = OverageDecisionEffect.Of(workbook, target, entry, log, AsOfDate.LocalDate(now, workbook.Settings.TimeZone));
        if (effect.Covers)
        {
            await context.Out.WriteLineAsync(effect.Message);
        }
        else
        {
            await context.Error.WriteLineAsync("warning: " + effect.Message);
        }
    }

    private static DateOnly? CoveredMonth(DecisionType type, string? text, DateTimeOffset now, PortfolioSettings settings)
    {
        try
        {
            return OverageMonth.ForDecision(type, text, now, settings.TimeZone, "--month");
        }
        catch (FormatException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    private static Initiative Initiative(PortfolioWorkbook workbook, string? id) =>
        workbook.Initiatives.FirstOrDefault(i => string.Equals(i.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(id is null ? "--initiative: is required (every type but Rebind)."
            : $"--initiative: '{id}' is not an InitiativeId in Initiatives.");

    private static async Task<string> SignedInAsync(string? typed, CliContext context, CancellationToken cancellationToken)
    {
        var signedIn = await SignedInApprover.ResolveAsync(context.Credential.Value, cancellationToken);
        return typed is null || string.Equals(typed.Trim(), signedIn, StringComparison.OrdinalIgnoreCase)
            ? signedIn
            : throw new ArgumentException(
                $"--by: '{typed.Trim()}' is not the signed-in identity {signedIn}; a shared decision log records who is " +
                "signed in (docs/rules.md#decision-rights). Leave out --by, or sign in as that approver.");
    }

    private static string Email(string value, string option) =>
        EmailAddress.IsWellFormed(value.Trim()) ? value.Trim() : throw new ArgumentException($"{option}: '{value}' is not an email address.");

    private static decimal? Money(string? value, string option) =>
        value is null ? null
        : decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var money) ? money
        : throw new ArgumentException($"{option}: '{value}' is not a number.");
}
