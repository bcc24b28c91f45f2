using System.Text.Json.Serialization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Reviews;

#pragma warning disable CS1591 // The JSON documents' members are the names of docs/rules.md#http-api-contract.
public sealed record ReviewDocument(string AsOf, string Currency, DateTime ReviewedAt,
    IReadOnlyList<InitiativeDocument> Initiatives, PortfolioDocument Portfolio,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SheetTable? Sheet = null);
#pragma warning restore CS1591
