using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// Allocates a FOCUS charge to an initiative (docs/rules.md#cost-import): the first CostAllocation rule,
/// in row order, that matches the charge; without the table, the tag named by Settings.CostTagKey, whose value must be
/// an InitiativeId. Tag keys are matched trimmed and case-insensitively; values, sub-accounts, resource id prefixes and
/// service names case-insensitively (cloud ids and names are not case-sensitive).
/// </summary>
public sealed class CostAllocator
{
    private readonly IReadOnlyList<CostAllocationRule> _rules;
    private readonly string? _tagKey;
    private readonly Dictionary<string, string>? _initiatives;

    private CostAllocator(IReadOnlyList<CostAllocationRule> rules, string? tagKey, Dictionary<string, string>? initiatives)
    {
        _rules = rules;
        _tagKey = tagKey;
        _initiatives = initiatives;
        TagKeys = tagKey is not null
            ? [tagKey]
            : rules.Where(r => r.Match == CostMatch.Tag && r.Key is not null).Select(r => r.Key!)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>The tag keys allocation looks at, in rule order: what unallocated cost is reported by.</summary>
    public IReadOnlyList<string> TagKeys { get; }

    /// <summary>An allocator of the CostAllocation table's rules, applied in list order.</summary>
    public static CostAllocator FromRules(IReadOnlyList<CostAllocationRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new CostAllocator(rules, null, null);
    }

    /// <summary>The allocator without a CostAllocation table: the tag <paramref name="tagKey"/> names the initiative.</summary>
    /// <param name="tagKey">Settings.CostTagKey.</param>
    /// <param name="initiativeIds">The workbook's InitiativeIds; a tag naming none of them allocates nothing.</param>
    public static CostAllocator FromTag(string tagKey, IEnumerable<string> initiativeIds)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tagKey);
        ArgumentNullException.ThrowIfNull(initiativeIds);
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in initiativeIds)
        {
            ids.TryAdd(id, id);
        }
        return new CostAllocator([], tagKey.Trim(), ids);
    }

    /// <summary>Where the charge goes; null when no rule matches (unallocated cost, reported, never dropped).</summary>
    public CostAllocationTarget? Allocate(FocusCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        if (_tagKey is not null)
        {
            return charge.Tags.TryGetValue(_tagKey, out var value) && _initiatives!.TryGetValue(value.Trim(), out var id)
                ? new CostAllocationTarget(id, null)
                : null;
        }
        foreach (var rule in _rules)
        {
            if (Matches(rule, charge))
            {
                return new CostAllocationTarget(rule.InitiativeId, rule.Category);
            }
        }
        return null;
    }

    private static bool Matches(CostAllocationRule rule, FocusCharge charge) => rule.Match switch
    {
        CostMatch.Tag => rule.Key is not null && charge.Tags.TryGetValue(rule.Key, out var value) && Same(value.Trim(), rule.Value),
        CostMatch.SubAccount => Same(charge.SubAccountId, rule.Value) || Same(charge.SubAccountName, rule.Value),
        CostMatch.Resource => charge.ResourceId?.StartsWith(rule.Value, StringComparison.OrdinalIgnoreCase) == true,
        CostMatch.Service => Same(charge.ServiceName, rule.Value),
        _ => false,
    };

    private static bool Same(string? a, string b) => a is not null && string.Equals(a.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
