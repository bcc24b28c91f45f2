using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Tests.Finance;

/// <summary>
/// A small portfolio for the report writer: I1 over its cap in October (approved by its OverageApprover) and in
/// November (not approved), a retired initiative with spend, rows before and after the period, and a name that
/// reads like a formula.
/// </summary>
internal sealed class FinancePortfolio
{
    public static readonly DateOnly AsOf = new(2026, 11, 20);
    private readonly List<DecisionEntry> _entries = [];
    private bool _tamper;

    public PortfolioWorkbook Workbook { get; } = new()
    {
        Settings = new PortfolioSettings { Currency = "EUR" },
        Initiatives =
        [
            Initiative("I1", "Support drafts", 1000m),
            Initiative("I2", "=HYPERLINK(\"http://x\")", 500m),
            Initiative("OLD", "Retired pilot", 300m) with { Status = InitiativeStatus.Retired },
        ],
        Spend =
        [
            Spend("I1", new(2025, 11, 30), SpendCategory.Software, 11.11m),
            Spend("I1", new(2026, 10, 2), SpendCategory.StaffTime, 1200.25m, hours: 10),
            Spend("I1", new(2026, 10, 9), SpendCategory.Cloud, 100.10m),
            Spend("I1", new(2026, 11, 3), SpendCategory.StaffTime, 1300.33m),
            Spend("I2", new(2026, 7, 3), SpendCategory.ModelUsage, 42.42m),
            Spend("I2", new(2026, 11, 21), SpendCategory.Cloud, 9.99m),
            Spend("OLD", new(2026, 3, 3), SpendCategory.Software, 77.77m),
        ],
    };

    public FinancePortfolio()
    {
        Append(new DecisionDraft
        {
            DecisionId = "d-oct", Timestamp = new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero),
            InitiativeId = "I1", DecisionType = DecisionType.Overage, WhatChanged = "October overage", Why = "Launch",
            ApprovedBy = "finance@example.com", Amount = 400m,
        });
    }

    /// <summary>Edits the first entry after it was chained, so verify fails at entry 1.</summary>
    public FinancePortfolio Broken()
    {
        _tamper = true;
        return this;
    }

    public FinanceReport Report()
    {
        var entries = _entries.ToList();
        if (_tamper)
        {
            entries[0] = entries[0] with { Decision = entries[0].Decision with { Amount = 999m } };
        }
        return FinanceReportBuilder.Build(Workbook, entries, DecisionChain.Verify(entries), AsOf);
    }

    private void Append(DecisionDraft draft) => _entries.Add(DecisionChain.Next(draft, _entries.Count == 0 ? null : _entries[^1]));

    private static Initiative Initiative(string id, string name, decimal cap) => new()
    {
        Id = id, Name = name, Stage = Stage.Pilot, MonthlyBudgetCap = cap, RiskLevel = RiskLevel.Low,
        OverageApprover = "finance@example.com", OverageLimit = 500m,
    };

    private static SpendEntry Spend(string id, DateOnly date, SpendCategory category, decimal cost, double? hours = null) =>
        new() { InitiativeId = id, Date = date, Category = category, Cost = cost, Hours = hours };
}
