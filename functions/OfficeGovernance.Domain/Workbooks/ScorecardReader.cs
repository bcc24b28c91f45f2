using System.Globalization;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// Reads the Metrics and Observations tables (docs/rules.md#workbook-contract): metrics unique per initiative with
/// thresholds that agree with their Direction; observations unique per (initiative, metric, PeriodEnd) and naming a
/// metric of their initiative.
/// </summary>
internal static class ScorecardReader
{
    private static readonly TableSchema M = PortfolioSchema.Metrics;
    private static readonly int MInitiative = M.IndexOf("InitiativeId"), MName = M.IndexOf("Metric"), Kind = M.IndexOf("Kind"),
        Unit = M.IndexOf("Unit"), Direction = M.IndexOf("Direction"), Baseline = M.IndexOf("Baseline"),
        SuccessAt = M.IndexOf("SuccessAt"), StopAt = M.IndexOf("StopAt");

    private static readonly TableSchema O = PortfolioSchema.Observations;
    private static readonly int OInitiative = O.IndexOf("InitiativeId"), OMetric = O.IndexOf("Metric"),
        PeriodEnd = O.IndexOf("PeriodEnd"), Value = O.IndexOf("Value"), Source = O.IndexOf("Source");

    public static List<Metric> ReadMetrics(TableReader? reader, PortfolioIndex index)
    {
        var result = new List<Metric>();
        if (reader is null)
        {
            return result;
        }
        var declared = reader.Has(MInitiative) && reader.Has(MName)
            ? new Dictionary<string, Dictionary<string, MetricSlot>>(StringComparer.OrdinalIgnoreCase)
            : null;
        index.Metrics = declared;
        var slots = 0;
        while (reader.MoveNext())
        {
            var initiative = index.Initiative(reader, MInitiative);
            var name = reader.Text(MName);
            if (initiative is not null && name is not null && declared is not null)
            {
                Declare(reader, declared, initiative, name, ref slots);
            }
            var metric = new Metric
            {
                InitiativeId = initiative!,
                Name = name!,
                Kind = reader.Enum<MetricKind>(Kind),
                Unit = reader.Text(Unit),
                Direction = reader.Enum<MetricDirection>(Direction).GetValueOrDefault(),
                Baseline = reader.Number(Baseline).GetValueOrDefault(),
                SuccessAt = reader.Number(SuccessAt).GetValueOrDefault(),
                StopAt = reader.Number(StopAt).GetValueOrDefault(),
                Row = reader.Row,
            };
            if (reader.RowValid)
            {
                CheckThresholds(reader, metric);
            }
            if (reader.RowValid)
            {
                result.Add(metric);
            }
        }
        return result;
    }

    public static List<Observation> ReadObservations(TableReader? reader, PortfolioIndex index)
    {
        if (reader is null)
        {
            return [];
        }
        var result = new List<Observation>(reader.Table.Rows.Count);
        var periods = new Dictionary<(int Slot, DateOnly PeriodEnd), int>(reader.Table.Rows.Count);
        while (reader.MoveNext())
        {
            var initiative = index.Initiative(reader, OInitiative);
            var metric = reader.Text(OMetric);
            var periodEnd = reader.Date(PeriodEnd);
            var slot = initiative is null || metric is null ? null : Resolve(reader, index, initiative, metric);
            if (slot is { } known && periodEnd is { } date && !periods.TryAdd((known.Slot, date), reader.Row))
            {
                reader.Report(PeriodEnd, $"duplicate observation of '{known.Name}' for {date:yyyy-MM-dd} (first at row {periods[(known.Slot, date)]})");
            }
            var observation = new Observation
            {
                InitiativeId = initiative!,
                Metric = slot?.Name ?? metric!,
                PeriodEnd = periodEnd.GetValueOrDefault(),
                Value = reader.Number(Value).GetValueOrDefault(),
                Source = reader.Text(Source),
                Row = reader.Row,
            };
            if (reader.RowValid)
            {
                result.Add(observation);
            }
        }
        return result;
    }

    private static void Declare(TableReader reader, Dictionary<string, Dictionary<string, MetricSlot>> declared,
        string initiative, string name, ref int slots)
    {
        if (!declared.TryGetValue(initiative, out var metrics))
        {
            metrics = new Dictionary<string, MetricSlot>(StringComparer.OrdinalIgnoreCase);
            declared.Add(initiative, metrics);
        }
        if (metrics.TryGetValue(name, out var first))
        {
            reader.Report(MName, $"duplicate Metric '{name}' for initiative '{initiative}' (first at row {first.Row})");
            return;
        }
        metrics.Add(name, new MetricSlot(name, slots++, reader.Row));
    }

    private static MetricSlot? Resolve(TableReader reader, PortfolioIndex index, string initiative, string metric)
    {
        if (index.Metrics is null)
        {
            return null;
        }
        if (index.Metrics.TryGetValue(initiative, out var metrics) && metrics.TryGetValue(metric, out var slot))
        {
            return slot;
        }
        reader.Report(OMetric, $"'{metric}' is not a metric of initiative '{initiative}' in the Metrics table");
        return null;
    }

    private static void CheckThresholds(TableReader reader, Metric metric)
    {
        var higher = metric.Direction == MetricDirection.HigherIsBetter;
        if (higher ? metric.StopAt < metric.SuccessAt : metric.StopAt > metric.SuccessAt)
        {
            return;
        }
        var stop = metric.StopAt.ToString(CultureInfo.InvariantCulture);
        var success = metric.SuccessAt.ToString(CultureInfo.InvariantCulture);
        reader.Report(StopAt, $"StopAt {stop} must be {(higher ? "below" : "above")} SuccessAt {success} " +
            $"when Direction is {EnumLabels<MetricDirection>.Label(metric.Direction)}");
    }
}
