using System.Text.Json.Serialization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
/// <summary>
/// The review of a workbook as of a date: every initiative and the portfolio, with the Review sheet when asked for.
/// </summary>
public sealed record ReviewDocument(string AsOf, string Currency, DateTime ReviewedAt,
    IReadOnlyList<InitiativeDocument> Initiatives, PortfolioDocument Portfolio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SheetTable? Sheet = null);
#pragma warning restore CS1591
