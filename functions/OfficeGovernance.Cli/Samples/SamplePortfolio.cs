using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Samples;

/// <summary>A generated sample: the workbook's input tables and the decisions to log beside it.</summary>
/// <param name="Workbook">The portfolio's input tables.</param>
/// <param name="Decisions">Decisions in time order, to append to the decision log.</param>
public sealed record SamplePortfolio(PortfolioWorkbook Workbook, IReadOnlyList<DecisionDraft> Decisions);
