using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.DecisionRights;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// Builds the finance model (issue 11) from a validated workbook and its decision log. Each month is judged by the
/// Spend rules of docs/rules.md#spend and docs/rules.md#overage (<see cref="SpendCalculator"/>, <see cref="OverageApproval"/>): its spend to
/// its last day (the as-of date in the as-of month), its excess covered by an Overage decision for that month logged
/// on or before the report's as-of date (so one logged after the month ended counts); only verified decisions approve
/// an overage, and an excess that only an unverified decision would approve is reported as
/// <see cref="OverageOutcome.Unverified"/>. Pure.
/// </summary>
public static class FinanceReportBuilder
{
    /// <summary>Builds the report.</summary>
    /// <param name="workbook">The validated workbook.</param>
    /// <param name="decisions">The decision log as read, in chain order.</param>
    /// <param name="verification">The log's verification (<see cref="IDecisionLogStore.VerifyAsync"/>).</param>
    /// <param name="asOf">The as-of date, workbook time zone.</param>
    /// <param name="months">How many months, the as-of month included (default 12).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is out of range.</exception>
    public static FinanceReport Build(
        PortfolioWorkbook workbook, IReadOnlyList<DecisionEntry> decisions, ChainVerification verification,
        DateOnly asOf, int months = FinancePeriod.DefaultMonths)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        var period = FinancePeriod.Months(asOf, months);
        var (verified, log) = VerifiedDecisions.Split(decisions, verification);
        var spendBy = ByInitiative(workbook.Spend, s => s.InitiativeId);
        var verifiedBy = ByInitiative(verified, d => d.Decision.InitiativeId);
        var allBy = ByInitiative(decisions, d => d.Decision.InitiativeId);
        var facts = new List<FinanceFact>();
        var initiativeMonths = new List<InitiativeMonth>(workbook.Initiatives.Count * period.Count);
        var exceptions = new List<FinanceException>();
        var retiredIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var initiative in workbook.Initiatives)
        {
            var status = StatusOf(initiative);
            if (status == InitiativeStatus.Retired)
            {
                retiredIds.Add(initiative.Id.Trim());
            }
            var context = new MonthContext(
                initiative, status, Find(spendBy, initiative.Id), Find(verifiedBy, initiative.Id),
                Find(allBy, initiative.Id), workbook, asOf);
            foreach (var month in period)
            {
                var row = context.Judge(month, facts);
                initiativeMonths.Add(row);
                if (status != InitiativeStatus.Retired)
                {
                    FinanceExceptions.Add(exceptions, row, workbook.Settings.Currency);
                }
            }
        }
        var reconciliation = Reconcile(workbook.Spend, period[0], asOf, retiredIds);
        return new FinanceReport(asOf, workbook.Settings.Currency, period, log, facts, initiativeMonths, exceptions,
            reconciliation);
    }

    /// <summary>How many months the finance digest covers: the as-of month and the one before it.</summary>
    public const int DigestMonths = 2;

    /// <summary>
    /// The finance model of the weekly finance digest (docs/rules.md#weekly-status): <see cref="DigestMonths"/> months, the
    /// log verified in memory with <see cref="DecisionChain.Verify"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FinanceReport ForDigest(PortfolioWorkbook workbook, IReadOnlyList<DecisionEntry> decisions, DateOnly asOf) =>
        Build(workbook, decisions, DecisionChain.Verify(decisions), asOf, DigestMonths);

    /// <summary>Retired when the status or the stage says so (as the review reports them), else the status.</summary>
    public static InitiativeStatus StatusOf(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.Stage == Stage.Retired ? InitiativeStatus.Retired : initiative.Status;
    }

    private static SpendReconciliation Reconcile(
        IReadOnlyList<SpendEntry> spend, DateOnly start, DateOnly asOf, HashSet<string> retiredIds)
    {
        int inRows = 0, retiredRows = 0, beforeRows = 0, afterRows = 0;
        decimal total = 0, inTotal = 0, retiredTotal = 0, beforeTotal = 0, afterTotal = 0;
        foreach (var row in spend)
        {
            total += row.Cost;
            if (row.Date < start)
            {
                beforeRows++;
                beforeTotal += row.Cost;
            }
            else if (row.Date > asOf)
            {
                afterRows++;
                afterTotal += row.Cost;
            }
            else
            {
                inRows++;
                inTotal += row.Cost;
                if (retiredIds.Contains(row.InitiativeId.Trim()))
                {
                    retiredRows++;
                    retiredTotal += row.Cost;
                }
            }
        }
        return new SpendReconciliation(spend.Count, total, inRows, inTotal, retiredRows, retiredTotal,
            beforeRows, beforeTotal, afterRows, afterTotal);
    }

    private static Dictionary<string, List<T>> ByInitiative<T>(IEnumerable<T> rows, Func<T, string> key)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var id = key(row).Trim();
            if (!groups.TryGetValue(id, out var list))
            {
                groups[id] = list = [];
            }
            list.Add(row);
        }
        return groups;
    }

    private static IReadOnlyList<T> Find<T>(Dictionary<string, List<T>> groups, string id) =>
        groups.TryGetValue(id.Trim(), out var list) ? list : [];

    private sealed record MonthContext(
        Initiative Initiative, InitiativeStatus Status, IReadOnlyList<SpendEntry> Spend,
        IReadOnlyList<DecisionEntry> Verified, IReadOnlyList<DecisionEntry> All, PortfolioWorkbook Workbook,
        DateOnly AsOf)
    {
        private readonly RiskLevel _risk = InitiativeDecisionRights.RiskOf(Initiative);

        public InitiativeMonth Judge(DateOnly month, List<FinanceFact> facts)
        {
            var last = FinancePeriod.LastDay(month, AsOf);
            var rows = Spend.Where(s => s.Date >= month && s.Date <= last).ToArray();
            foreach (var category in rows.GroupBy(r => r.Category).OrderBy(g => g.Key))
            {
                facts.Add(new FinanceFact(Initiative.Id, Initiative.Name, Initiative.Department, Status, month,
                    category.Key, category.Sum(r => r.Cost), category.Sum(r => r.Hours ?? 0), category.Count()));
            }
            var settings = Workbook.Settings;
            var summary = SpendCalculator.Summarize(Initiative, rows, Verified, Workbook.DecisionRights, _risk, last, settings);
            var isAsOfMonth = last == AsOf;
            return new InitiativeMonth(
                Initiative.Id, Initiative.Name, Status, month, isAsOfMonth, summary.MonthToDate, summary.Cap,
                summary.CapUsed, isAsOfMonth ? summary.Forecast : null, summary.Excess,
                summary.OverCap ? Cover(summary.Excess, month) : OverageCover.None,
                rows.Any(r => r.Category == SpendCategory.StaffTime));
        }

        private OverageCover Cover(decimal excess, DateOnly month)
        {
            var settings = Workbook.Settings;
            var rights = Workbook.DecisionRights;
            var ruling = OverageApproval.Rule(Initiative, excess, month, Verified, rights, _risk, AsOf, settings);
            if (ruling.Approved)
            {
                return Of(ruling.Outcome, ruling.Decision!, ruling.Note);
            }
            var claimed = OverageApproval.Rule(Initiative, excess, month, All, rights, _risk, AsOf, settings);
            if (claimed.Approved)
            {
                return Of(OverageOutcome.Unverified, claimed.Decision!,
                    $"unverified: decision {claimed.Decision!.DecisionId} would approve it but lies at or after the first " +
                    $"broken entry of the decision log, so it is not counted as approved ({ruling.Note})");
            }
            return new OverageCover(OverageOutcome.NotApproved, null, null, null, null, ruling.Note);
        }

        private OverageCover Of(OverageOutcome status, DecisionDraft decision, string note) => new(
            status, decision.DecisionId, decision.ApproverAsShown(), decision.Amount,
            AsOfDate.LocalDate(decision.Timestamp, Workbook.Settings.TimeZone), note);
    }
}
