using System.Text.Json.Serialization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Reviews;

/// <summary>The review answer: the as-of date, the currency, when it ran (UTC), one document per initiative, the portfolio totals, and the Review sheet to write when asked for.</summary>
#pragma warning disable CS1591 // The members are the JSON field names of docs/rules.md#http-api-contract.
public sealed record ReviewDocument(string AsOf, string Currency, DateTime ReviewedAt,
    IReadOnlyList<InitiativeDocument> Initiatives, PortfolioDocument Portfolio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SheetTable? Sheet = null);
#pragma warning restore CS1591
