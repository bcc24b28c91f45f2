using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// Plans a re-import-safe cost import (docs/rules.md#cost-import): the Spend rows whose Source the export holds are
/// replaced by the export's rows, all other rows are left (a typed row, with blank Source, is never touched), and the
/// UnallocatedSpend rows of those sources are replaced the same way. When the workbook already holds exactly what the
/// export gives, the plan is <see cref="SpendImportPlan.Unchanged"/> and nothing is written.
/// </summary>
public static class SpendImportPlanner
{
    /// <summary>Plans the import.</summary>
    /// <param name="import">The export, aggregated.</param>
    /// <param name="spend">The workbook's Spend rows.</param>
    /// <param name="unallocated">The workbook's UnallocatedSpend rows (none when the table is absent).</param>
    public static SpendImportPlan Plan(CostImportResult import, IReadOnlyList<SpendEntry> spend, IReadOnlyList<UnallocatedCost> unallocated)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(unallocated);
        var sources = import.Sources.ToHashSet(StringComparer.Ordinal);
        var replaced = spend.Where(s => s.Source is { } source && sources.Contains(source)).ToArray();
        var typed = spend.Count(s => s.Source is null);
        var otherUnallocated = unallocated.Where(u => !sources.Contains(u.Source)).ToArray();
        var previousUnallocated = unallocated.Where(u => sources.Contains(u.Source)).Select(Stored);
        var unchanged = SameRows(replaced.Select(Stored), import.Rows.Select(Stored))
            && SameRows(previousUnallocated, import.Unallocated.Select(Stored));
        return new SpendImportPlan(import, replaced.Select(s => s.Row).ToArray(), spend.Count - replaced.Length, typed,
            [.. otherUnallocated, .. import.Unallocated], unchanged);
    }

    // Amounts compared as the workbook stores them (a double), so a row read back equals the row that was written.
    private static string Stored(SpendEntry s) =>
        Key(s.InitiativeId, s.Date, s.Category, s.Vendor, s.Cost, s.Note, s.Source);

    private static string Stored(ImportedSpendRow r) =>
        Key(r.InitiativeId, r.Date, r.Category, r.Vendor, r.Amount, r.Note, r.Source);

    private static string Stored(UnallocatedCost u) =>
        string.Join('\u001f', u.Source, u.Month, u.Provider, u.Tag, u.SubAccount, u.Service, u.Charges, AsStored(u.Amount));

    private static string Key(string initiative, DateOnly date, SpendCategory category, string? vendor, decimal amount, string? note, string? source) =>
        string.Join('\u001f', initiative, date.DayNumber, category, vendor, AsStored(amount), note, source);

    private static double AsStored(decimal amount) => (double)(decimal)(double)amount;

    private static bool SameRows(IEnumerable<string> before, IEnumerable<string> after) =>
        before.Order(StringComparer.Ordinal).SequenceEqual(after.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
