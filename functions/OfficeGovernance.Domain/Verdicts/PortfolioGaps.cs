namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// The gaps of a portfolio by department (see <see cref="DepartmentGaps"/>): what an imported inventory lacks as a
/// whole, the first thing a leader reads after an import (docs/rules.md#command-line).
/// </summary>
public static class PortfolioGaps
{
    /// <summary>The label of the row that adds up the departments left out of a shortened table.</summary>
    public const string OtherLabel = "other departments";

    /// <summary>
    /// One row per department (blank Department as "(none)"), most gaps first, then by name; at most
    /// <paramref name="maxRows"/> rows, the rest added up in one row labelled "N <see cref="OtherLabel"/>".
    /// Retired initiatives (verdict Retired) are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reviews"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxRows"/> is below 2.</exception>
    public static IReadOnlyList<DepartmentGaps> ByDepartment(IReadOnlyList<InitiativeReview> reviews, int maxRows = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 2);
        var rows = reviews.Where(r => r.Verdict != Verdict.Retired)
            .GroupBy(r => string.IsNullOrWhiteSpace(r.Initiative.Department) ? "(none)" : r.Initiative.Department.Trim(),
                StringComparer.OrdinalIgnoreCase)
            .Select(g => new DepartmentGaps(g.Key, g.Count(),
                g.Count(r => r.StopConditions.Any(s => s.Kind == StopConditionKind.NoOwner)),
                g.Count(r => r.Metrics.Count == 0),
                g.Count(r => r.Spend.Cap <= 0),
                g.Count(r => string.IsNullOrWhiteSpace(r.Initiative.RollbackPlan)),
                g.Count(r => string.IsNullOrWhiteSpace(r.Initiative.StopAuthority))))
            .OrderByDescending(g => g.Total).ThenByDescending(g => g.Initiatives)
            .ThenBy(g => g.Department, StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (rows.Count <= maxRows)
        {
            return rows;
        }
        var rest = rows.Skip(maxRows - 1).ToArray();
        var other = rest.Skip(1).Aggregate(rest[0], (sum, g) => sum.Plus(g, sum.Department));
        return [.. rows.Take(maxRows - 1), other with { Department = $"{rest.Length} {OtherLabel}" }];
    }

    /// <summary>True when some counted initiative lacks something (any row has a gap).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="gaps"/> is null.</exception>
    public static bool Any(IReadOnlyList<DepartmentGaps> gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        return gaps.Any(g => g.Total > 0);
    }
}
