using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// Turns a stream of FOCUS charges into Spend rows and unallocated totals while they are read, holding only the sums
/// (per source, initiative, day, category and provider; and per source, tag value, sub-account and service), never the
/// charges, so an export of any length imports in bounded memory (docs/rules.md#cost-import). A charge in a currency
/// other than the workbook's is refused by row: it is listed as a problem and the import writes nothing.
/// </summary>
/// <param name="allocator">The CostAllocation rules, or the CostTagKey rule.</param>
/// <param name="currency">Settings.Currency, the only BillingCurrency accepted.</param>
/// <param name="fileLabel">The export's file name, used in problems.</param>
public sealed class CostImportAggregator(CostAllocator allocator, string currency, string fileLabel)
{
    /// <summary>How many problems are listed; the rest are counted (a wrong currency repeats on every row).</summary>
    public const int ListedProblems = 200;

    private readonly Dictionary<(string Source, string Initiative, DateOnly Day, SpendCategory Category, string Vendor), Sum> _spend = [];
    private readonly Dictionary<(string Source, string Provider, string Tag, string SubAccount, string Service), Sum> _unallocated = [];
    private readonly List<ValidationProblem> _problems = [];
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private int _unlisted;
    private long _charges;

    /// <summary>Adds one charge.</summary>
    public void Add(FocusCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        _charges++;
        if (!string.Equals(charge.BillingCurrency.Trim(), currency, StringComparison.OrdinalIgnoreCase))
        {
            Problem(charge.SourceRow, "BillingCurrency",
                $"BillingCurrency {charge.BillingCurrency} is not the workbook currency {currency} (Settings Currency); convert the export or import it into a workbook in {charge.BillingCurrency}");
            return;
        }
        var source = CostSource.Of(charge);
        _sources.Add(source);
        if (allocator.Allocate(charge) is { } target)
        {
            var key = (source, target.InitiativeId, CostSource.DayOf(charge), target.Category ?? FocusCategory.Of(charge), charge.ProviderName.Trim());
            Accumulate(_spend, key, charge.Cost);
            return;
        }
        var tag = string.Join("; ", allocator.TagKeys
            .Where(k => charge.Tags.ContainsKey(k))
            .Select(k => $"{k}={charge.Tags[k].Trim()}"));
        var subAccount = (string.IsNullOrWhiteSpace(charge.SubAccountName) ? charge.SubAccountId : charge.SubAccountName)?.Trim() ?? string.Empty;
        Accumulate(_unallocated, (source, charge.ProviderName.Trim(), tag, subAccount, charge.ServiceName?.Trim() ?? string.Empty), charge.Cost);
    }

    /// <summary>Reports a row the reader could not turn into a charge, so the import writes nothing.</summary>
    /// <param name="sourceRow">The record number (CSV) or row (Parquet).</param>
    /// <param name="column">The FOCUS column.</param>
    /// <param name="message">What is wrong.</param>
    public void Problem(long sourceRow, string column, string message)
    {
        if (_problems.Count < ListedProblems)
        {
            _problems.Add(new ValidationProblem(fileLabel, column, (int)Math.Min(sourceRow, int.MaxValue), null, message));
        }
        else
        {
            _unlisted++;
        }
    }

    /// <summary>The rows and totals, in a stable order (source, date, initiative, category, vendor).</summary>
    /// <exception cref="WorkbookValidationException">A charge was refused; lists the first <see cref="ListedProblems"/> and counts the rest.</exception>
    public CostImportResult Result()
    {
        if (_problems.Count > 0)
        {
            var problems = _unlisted == 0
                ? _problems
                : [.. _problems, new ValidationProblem(fileLabel, null, null, null, $"and {_unlisted} more rows with problems")];
            throw new WorkbookValidationException(problems);
        }
        var rows = _spend
            .Select(p => new ImportedSpendRow(p.Key.Initiative, p.Key.Day, p.Key.Category, p.Key.Vendor, p.Value.Amount, p.Value.Count, p.Key.Source))
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Date).ThenBy(r => r.InitiativeId, StringComparer.Ordinal)
            .ThenBy(r => r.Category).ThenBy(r => r.Vendor, StringComparer.Ordinal)
            .ToArray();
        var unallocated = _unallocated
            .Select(p => new UnallocatedCost(p.Key.Source, CostSource.MonthOf(p.Key.Source), p.Key.Provider, p.Key.Tag, p.Key.SubAccount,
                p.Key.Service, p.Value.Count, p.Value.Amount))
            .OrderBy(u => u.Source, StringComparer.Ordinal).ThenBy(u => u.Tag, StringComparer.Ordinal)
            .ThenBy(u => u.SubAccount, StringComparer.Ordinal).ThenBy(u => u.Service, StringComparer.Ordinal)
            .ToArray();
        return new CostImportResult(rows, unallocated, _sources.Order(StringComparer.Ordinal).ToArray(), _charges);
    }

    private static void Accumulate<TKey>(Dictionary<TKey, Sum> sums, TKey key, decimal cost) where TKey : notnull
    {
        ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out _);
        sum = new Sum(sum.Amount + cost, sum.Count + 1);
    }

    private readonly record struct Sum(decimal Amount, int Count);
}
