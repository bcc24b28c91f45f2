using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// One cell of a <see cref="RowJson"/> as the add-in sends it: a string, number, boolean, null or
/// <c>{"error":"#N/A"}</c>, read straight into a <see cref="CellValue"/> (no <see cref="JsonElement"/>, which costs a
/// document of its own per cell: issue 23, finding 2). Anything else is kept only as its JSON kind, for the problem
/// that names the cell.
/// </summary>
/// <param name="Value">The cell's value; empty for a value that is not a cell value.</param>
/// <param name="NotAValue">The JSON kind of a value that is not a cell value (an array, or an object other than <c>{"error":"..."}</c>); <see cref="JsonValueKind.Undefined"/> for a cell value.</param>
[JsonConverter(typeof(CellJsonConverter))]
public readonly record struct CellJson(CellValue Value, JsonValueKind NotAValue = JsonValueKind.Undefined)
{
    /// <summary>True when the JSON was a cell value.</summary>
    public bool IsValue => NotAValue == JsonValueKind.Undefined;
}
