using System.Globalization;
using System.Text;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Spend;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>Decision log entries as text for the terminal (timestamps UTC, money in the workbook currency).</summary>
internal static class DecisionFormatter
{
    public static string Describe(DecisionEntry entry)
    {
        var d = entry.Decision;
        var text = new StringBuilder();
        text.AppendLine($"Decision {entry.Sequence} recorded: {EnumLabels<DecisionType>.Label(d.DecisionType)} on {d.InitiativeId}");
        text.AppendLine($"  id          {d.DecisionId}");
        text.AppendLine($"  at (UTC)    {d.Timestamp.UtcDateTime:yyyy-MM-dd HH:mm:ss}");
        text.AppendLine($"  approved by {d.ApprovedBy}");
        text.AppendLine($"  what        {d.WhatChanged}");
        text.AppendLine($"  why         {d.Why}");
        if (d.Amount is { } amount)
        {
            text.AppendLine($"  amount      {amount.ToString("#,##0.00", CultureInfo.InvariantCulture)}");
        }
        if (d.Month is { } month)
        {
            text.AppendLine($"  month       {OverageMonth.Format(month)}");
        }
        text.Append($"  hash        {entry.Hash}");
        return text.ToString();
    }

    /// <summary>The table's heading line, written before the first row so rows can stream after it.</summary>
    public static string TableHeader => $"{"#",4} {"DATE (UTC)",-16} {"INITIATIVE",-12} {"TYPE",-13} APPROVED BY";

    /// <summary>One entry's two lines (no final line break): sequence, UTC time, initiative, type, approver; then what changed.</summary>
    public static string TableRow(DecisionEntry e)
    {
        var d = e.Decision;
        var what = d.WhatChanged.Length > 72 ? d.WhatChanged[..71] + "…" : d.WhatChanged;
        return $"{e.Sequence,4} {d.Timestamp.UtcDateTime:yyyy-MM-dd HH:mm} {d.InitiativeId,-12} {EnumLabels<DecisionType>.Label(d.DecisionType),-13} {d.ApprovedBy}"
               + Environment.NewLine + $"     {what}";
    }

    /// <summary>The table's closing line: how many decisions were listed.</summary>
    public static string TableFooter(int count) => $"{count} decision(s).";
}
