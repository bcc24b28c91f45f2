using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// The finance digest's own sections (docs/rules.md#weekly-status, FinanceEmails), from the finance model of the as-of
/// month and the month before: the decision log's state when broken, over-cap and forecast-over-cap initiatives,
/// overages without a verified approval, and month totals by category.
/// </summary>
internal sealed class FinanceDigestSections(FinanceReport finance)
{
    private readonly string _currency = finance.Currency;

    public IReadOnlyList<StatusSection> For()
    {
        var sections = new List<StatusSection>();
        if (!finance.Log.IsIntact)
        {
            sections.Add(new("Decision log broken", ["Finding", "Consequence"],
                [[new(finance.Log.Message, Verdict.Stop),
                  new($"Only the {finance.Log.VerifiedCount} of {finance.Log.EntryCount} entries before the first broken one are trusted; approvals resting on later entries are listed as unverified, not approved.")]],
                string.Empty));
        }
        sections.Add(OverCap());
        sections.Add(Forecast());
        sections.Add(Unapproved());
        sections.Add(Categories());
        return sections;
    }

    private StatusSection OverCap() => new("Over the cap this month",
        ["Initiative", "Month to date", "Cap", "Over cap", "Overage"],
        finance.AsOfMonth.Where(m => m.OverCap > 0 && m.Status != InitiativeStatus.Retired).Select(m => (IReadOnlyList<StatusCell>)
        [
            new(m.InitiativeId + " " + m.Name), new(StatusFormat.Money(m.Spend, _currency)), new(StatusFormat.Money(m.Cap, _currency)),
            new(StatusFormat.Money(m.OverCap, _currency)),
            new(Cover(m.Overage), m.Overage.Approved ? null : Verdict.Pause),
        ]).ToList(),
        "No initiative is over its cap this month.");

    private StatusSection Forecast() => new("Forecast over the cap",
        ["Initiative", "Forecast over the cap by", "Detail"],
        finance.Exceptions.Where(e => e.Kind == FinanceExceptionKind.ForecastOverCap).Select(e => (IReadOnlyList<StatusCell>)
            [new(e.InitiativeId + " " + e.Name), new(StatusFormat.Money(e.Amount, _currency)), new(e.Message)]).ToList(),
        "No forecast is over its cap.");

    private StatusSection Unapproved() => new("Overages without a verified approval",
        ["Initiative", "Month", "Unapproved excess", "Why"],
        finance.Exceptions.Where(e => e.Kind == FinanceExceptionKind.OverCapWithoutApproval).Select(e => (IReadOnlyList<StatusCell>)
            [new(e.InitiativeId + " " + e.Name), new(StatusFormat.Date(e.Month)[..7]), new(StatusFormat.Money(e.Amount, _currency)), new(e.Message)]).ToList(),
        "Every overage is approved.");

    private StatusSection Categories()
    {
        var months = finance.Months;
        var headers = new List<string> { "Category" };
        headers.AddRange(months.Select(m => m == finance.Months[^1]
            ? $"{StatusFormat.Date(m)[..7]} to {StatusFormat.Date(finance.AsOf)}"
            : StatusFormat.Date(m)[..7]));
        var rows = new List<IReadOnlyList<StatusCell>>();
        foreach (var category in Enum.GetValues<SpendCategory>())
        {
            var row = new List<StatusCell> { new(FinanceLabels.Category(category)) };
            row.AddRange(months.Select(m => new StatusCell(StatusFormat.Money(
                finance.Facts.Where(f => f.Month == m && f.Category == category).Sum(f => f.Cost), _currency))));
            rows.Add(row);
        }
        var total = new List<StatusCell> { new("Total") };
        total.AddRange(months.Select(m => new StatusCell(StatusFormat.Money(finance.Facts.Where(f => f.Month == m).Sum(f => f.Cost), _currency))));
        rows.Add(total);
        return new("Month totals by category", headers, rows, "No spend.");
    }

    private string Cover(OverageCover cover) => cover.Status switch
    {
        OverageOutcome.WithinOverageLimit or OverageOutcome.WithinDecisionRights =>
            $"{FinanceLabels.Overage(cover.Status)}: {cover.Approver}, {StatusFormat.Money(cover.Amount ?? 0, _currency)} on {StatusFormat.Date(cover.Date!.Value)}",
        OverageOutcome.Unverified => $"{FinanceLabels.Unverified}: decision {cover.DecisionId} by {cover.Approver} is not verified by the decision log",
        _ => FinanceLabels.Overage(cover.Status),
    };
}
