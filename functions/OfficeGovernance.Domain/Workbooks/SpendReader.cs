using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the Spend table (docs/rules.md#spend): Staff time with a blank Amount costs Hours x HourlyRate (both then
/// required); every other row needs its Amount. Hours and rates are never negative; an Amount may be, for a credit or refund
/// (docs/rules.md#spend: credits stay negative). Source names the FOCUS import a row came from (blank = typed).
/// </summary>
internal static class SpendReader
{
    private static readonly TableSchema S = PortfolioSchema.Spend;
    private static readonly int Initiative = S.IndexOf("InitiativeId"), Date = S.IndexOf("Date"), Category = S.IndexOf("Category"),
        Vendor = S.IndexOf("Vendor"), Amount = S.IndexOf("Amount"), Hours = S.IndexOf("Hours"),
        HourlyRate = S.IndexOf("HourlyRate"), Note = S.IndexOf("Note"), Source = S.IndexOf("Source");

    public static List<SpendEntry> Read(TableReader? reader, PortfolioIndex index)
    {
        if (reader is null)
        {
            return [];
        }
        var result = new List<SpendEntry>(reader.Table.Rows.Count);
        while (reader.MoveNext())
        {
            var initiative = index.Initiative(reader, Initiative);
            var date = reader.Date(Date);
            var category = reader.Enum<SpendCategory>(Category);
            var vendor = reader.Text(Vendor);
            var amount = reader.Money(Amount, allowNegative: true);
            var hours = reader.Number(Hours, nonNegative: true);
            var rate = reader.Money(HourlyRate);
            var note = reader.Text(Note);
            var source = reader.Text(Source);
            var cost = amount ?? StaffTimeCost(reader, category, hours, rate);
            if (reader.RowValid)
            {
                result.Add(new SpendEntry
                {
                    InitiativeId = initiative!,
                    Date = date.GetValueOrDefault(),
                    Category = category.GetValueOrDefault(),
                    Vendor = vendor,
                    Cost = cost.GetValueOrDefault(),
                    Hours = hours,
                    HourlyRate = rate,
                    Note = note,
                    Source = source,
                    Row = reader.Row,
                });
            }
        }
        return result;
    }

    // The cost of a row without a usable Amount; reports what is missing when the Amount cell itself is blank.
    private static decimal? StaffTimeCost(TableReader reader, SpendCategory? category, double? hours, decimal? rate)
    {
        if (!reader.IsBlank(Amount) || category is null)
        {
            return null;
        }
        if (category != SpendCategory.StaffTime)
        {
            reader.Report(Amount, "a value is required unless Category is Staff time with Hours and HourlyRate");
            return null;
        }
        if (reader.IsBlank(Hours))
        {
            reader.Report(Hours, "Staff time without an Amount needs Hours");
        }
        if (reader.IsBlank(HourlyRate))
        {
            reader.Report(HourlyRate, "Staff time without an Amount needs HourlyRate");
        }
        if (hours is not { } h || rate is not { } r)
        {
            return null;
        }
        if (h >= 7.9e28 || (h > 1 && r > decimal.MaxValue / (decimal)h))
        {
            reader.Report(Hours, "Hours x HourlyRate is too large");
            return null;
        }
        return (decimal)h * r;
    }
}
