using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.CostImport;

/// <summary>
/// Where the FOCUS columns the import reads are in an export's header (FOCUS 1.0-1.3; headers matched trimmed and
/// case-insensitively, in any order). FOCUS 1.3 renamed ProviderName to ServiceProviderName and PublisherName to
/// HostProviderName: either name is read. Columns the import does not use are never read.
/// </summary>
internal sealed class FocusColumns
{
    private FocusColumns(int[] indexes, string costColumn)
    {
        Indexes = indexes;
        CostColumn = costColumn;
    }

    /// <summary>The fields read, in <see cref="Names"/> order.</summary>
    public enum Field
    {
        BillingAccountId, ProviderName, PublisherName, InvoiceIssuerName, ChargeCategory, ChargePeriodStart, Cost,
        BillingCurrency, ServiceCategory, ServiceName, SubAccountId, SubAccountName, ResourceId, Tags,
    }

    /// <summary>The header of each field, newest FOCUS name first; Cost is named by the basis.</summary>
    private static readonly string[][] Names =
    [
        ["BillingAccountId"], ["ServiceProviderName", "ProviderName"], ["HostProviderName", "PublisherName"],
        ["InvoiceIssuerName"], ["ChargeCategory"], ["ChargePeriodStart"], [], ["BillingCurrency"], ["ServiceCategory"],
        ["ServiceName"], ["SubAccountId"], ["SubAccountName"], ["ResourceId"], ["Tags"],
    ];

    private static readonly Field[] Required =
        [Field.BillingAccountId, Field.ProviderName, Field.ChargePeriodStart, Field.Cost, Field.BillingCurrency];

    /// <summary>Per field, its position in the header; -1 when absent.</summary>
    public int[] Indexes { get; }

    /// <summary>The cost column read: EffectiveCost or BilledCost.</summary>
    public string CostColumn { get; }

    /// <summary>The header text of a field, for problems.</summary>
    public string NameOf(Field field) => field == Field.Cost ? CostColumn : Names[(int)field][^1];

    /// <summary>Finds the fields in a header row.</summary>
    /// <exception cref="WorkbookValidationException">A column the import needs is missing: the file is not a FOCUS export.</exception>
    public static FocusColumns Find(IReadOnlyList<string?> header, CostBasis basis, string fileLabel)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            byName.TryAdd(header[i]?.Trim().TrimStart('\uFEFF') ?? string.Empty, i);
        }
        var cost = basis == CostBasis.BilledCost ? "BilledCost" : "EffectiveCost";
        var indexes = new int[Names.Length];
        for (var f = 0; f < Names.Length; f++)
        {
            var names = f == (int)Field.Cost ? [cost] : Names[f];
            indexes[f] = names.Select(n => byName.TryGetValue(n, out var i) ? i : -1).FirstOrDefault(i => i >= 0, -1);
        }
        var columns = new FocusColumns(indexes, cost);
        var missing = Required.Where(f => indexes[(int)f] < 0).ToArray();
        if (missing.Length > 0)
        {
            throw new WorkbookValidationException(missing.Select(f => new ValidationProblem(fileLabel, columns.NameOf(f), null, null,
                $"the file has no {columns.NameOf(f)} column: it is not a FOCUS 1.0-1.3 cost export")).ToArray());
        }
        return columns;
    }
}
