using System.Globalization;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// An initiative listed to stop or merge, with the figures that put it there (docs/rules.md#kill-or-merge).
/// </summary>
/// <param name="InitiativeId">The initiative's id.</param>
/// <param name="MetricsAtSuccess">How many of its metrics are in Success state as of the review.</param>
/// <param name="MetricCount">How many metrics its scorecard has.</param>
/// <param name="MonthToDate">Its month-to-date spend, workbook currency.</param>
/// <param name="Value">Share of metrics at Success per unit of month-to-date spend; null when nothing was spent.</param>
/// <param name="InBottomByValue">True when it is among the bottom 20% of the pool by value.</param>
/// <param name="NoMeasurableSuccess">True when it has no metrics or no SuccessMetric.</param>
public sealed record KillOrMergeCandidate(
    string InitiativeId, int MetricsAtSuccess, int MetricCount, decimal MonthToDate, double? Value,
    bool InBottomByValue, bool NoMeasurableSuccess)
{
    /// <summary>Share of metrics at Success, 0 to 1 (0 without metrics).</summary>
    public double SuccessShare => MetricCount == 0 ? 0d : (double)MetricsAtSuccess / MetricCount;

    /// <summary>Why it is listed, quoting its figures, such as "1 of 4 metrics at Success for 1,200.00 month to date: bottom 20% by value".</summary>
    public string Reason
    {
        get
        {
            var why = new List<string>(2);
            if (InBottomByValue)
            {
                why.Add("bottom 20% by value");
            }
            if (NoMeasurableSuccess)
            {
                why.Add("no measurable success");
            }
            var spend = MonthToDate.ToString("#,##0.00", CultureInfo.InvariantCulture);
            return $"{MetricsAtSuccess} of {MetricCount} metrics at Success for {spend} month to date: {string.Join(" and ", why)}";
        }
    }

    /// <summary>The id followed by the reason in brackets.</summary>
    public override string ToString() => $"{InitiativeId} ({Reason})";
}
