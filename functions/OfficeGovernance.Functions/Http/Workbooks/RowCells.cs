using System.Collections;
using System.Text.Json;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Functions.Http.Workbooks;

/// <summary>
/// The cells of one <see cref="RowJson"/> as <see cref="RowJsonConverter"/> reads them: one exactly sized array of
/// <see cref="CellValue"/> that becomes the <see cref="TableRow"/>'s cells as it is (no copy), and the JSON kinds of the
/// values that are not cell values, kept only when there are any (issue 23, finding 2).
/// </summary>
public sealed class RowCells : IReadOnlyList<CellJson>
{
    private readonly CellValue[] values;
    private readonly JsonValueKind[]? notValues;

    internal RowCells(CellValue[] values, JsonValueKind[]? notValues)
    {
        this.values = values;
        this.notValues = notValues;
    }

    /// <summary>The cells' values, left to right; empty where the JSON was not a cell value.</summary>
    public IReadOnlyList<CellValue> Values => values;

    /// <summary>True when every cell was a cell value.</summary>
    public bool AllValues => notValues is null;

    /// <inheritdoc />
    public int Count => values.Length;

    /// <inheritdoc />
    public CellJson this[int index] => new(values[index], notValues?[index] ?? JsonValueKind.Undefined);

    /// <inheritdoc />
    public IEnumerator<CellJson> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
