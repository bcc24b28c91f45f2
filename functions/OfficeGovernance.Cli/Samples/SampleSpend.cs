using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Samples;

/// <summary>
/// Generates three months of spend for a sample initiative, in every category: a monthly licence, weekly model
/// usage, cloud, staff time (hours at a rate, Amount blank) and, for some, outside help. Money in USD.
/// </summary>
internal sealed class SampleSpend(Random random, DateOnly asOf)
{
    private const decimal HourlyRate = 95m;

    /// <summary>A monthly run rate for an initiative, in USD, rounded to 500.</summary>
    public decimal NextRunRate() => Math.Round((4_000m + (decimal)random.NextDouble() * 36_000m) / 500m) * 500m;

    /// <summary>The months from two before the as-of month to the as-of date.</summary>
    public IEnumerable<SpendEntry> Generate(string initiativeId, decimal runRate, bool staffTimeThisMonth, bool outsideHelp)
    {
        var thisMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        for (var m = -2; m <= 0; m++)
        {
            var month = thisMonth.AddMonths(m);
            foreach (var entry in Month(initiativeId, month, runRate, staffTime: m < 0 || staffTimeThisMonth, outsideHelp))
            {
                if (entry.Date <= asOf)
                {
                    yield return entry;
                }
            }
        }
    }

    /// <summary>One extra row (outside help) dated in the as-of month, for over-cap and forecast scenarios.</summary>
    public SpendEntry Extra(string initiativeId, decimal amount, string note) =>
        Row(initiativeId, asOf.AddDays(-6), SpendCategory.OutsideHelp, "Contract surge team", Math.Round(amount, 2), note);

    private IEnumerable<SpendEntry> Month(string id, DateOnly month, decimal runRate, bool staffTime, bool outsideHelp)
    {
        yield return Row(id, month, SpendCategory.Software, "Microsoft", Share(runRate, 0.20), "Licences");
        for (var day = 6; day <= 27; day += 7)
        {
            yield return Row(id, month.AddDays(day - 1), SpendCategory.ModelUsage, "Azure OpenAI", Share(runRate, 0.10), null);
        }
        yield return Row(id, month.AddDays(14), SpendCategory.Cloud, "Azure", Share(runRate, 0.15), "Hosting");
        if (outsideHelp)
        {
            yield return Row(id, month.AddDays(4), SpendCategory.OutsideHelp, "Integration partner", Share(runRate, 0.10), null);
        }
        if (staffTime)
        {
            foreach (var day in new[] { 10, 25 })
            {
                var hours = Math.Round((double)(Share(runRate, 0.10) / HourlyRate), 1);
                yield return new SpendEntry
                {
                    InitiativeId = id, Date = month.AddDays(day - 1), Category = SpendCategory.StaffTime,
                    Cost = Math.Round((decimal)hours * HourlyRate, 2), Hours = hours, HourlyRate = HourlyRate,
                    Note = "Workflow owner and reviewers",
                };
            }
        }
    }

    private decimal Share(decimal runRate, double share) =>
        Math.Round(runRate * (decimal)(share * (0.9 + random.NextDouble() * 0.2)), 2);

    private static SpendEntry Row(string id, DateOnly date, SpendCategory category, string vendor, decimal amount, string? note) =>
        new() { InitiativeId = id, Date = date, Category = category, Vendor = vendor, Cost = amount, Note = note };
}
