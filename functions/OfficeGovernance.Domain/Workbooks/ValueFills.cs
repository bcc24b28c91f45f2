using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The verdict and RAG colours of the system tables (docs/rules.md#workbook-contract): Expand green, Continue
/// blue, Fix yellow, Pause orange, Stop red, Paused and Retired grey; layers Green, Amber and Red.
/// </summary>
public static class ValueFills
{
    private static readonly IReadOnlyList<ValueFill> Verdicts =
    [
        new(EnumLabels<Verdict>.Label(Verdict.Expand), "C6EFCE"),
        new(EnumLabels<Verdict>.Label(Verdict.Continue), "DDEBF7"),
        new(EnumLabels<Verdict>.Label(Verdict.Fix), "FFEB9C"),
        new(EnumLabels<Verdict>.Label(Verdict.Pause), "F8CBAD"),
        new(EnumLabels<Verdict>.Label(Verdict.Stop), "FFC7CE"),
        new(EnumLabels<Verdict>.Label(Verdict.Paused), "D9D9D9"),
        new(EnumLabels<Verdict>.Label(Verdict.Retired), "D9D9D9"),
    ];

    private static readonly IReadOnlyList<ValueFill> Rags =
    [
        new(EnumLabels<Rag>.Label(Rag.Green), "C6EFCE"),
        new(EnumLabels<Rag>.Label(Rag.Amber), "FFEB9C"),
        new(EnumLabels<Rag>.Label(Rag.Red), "FFC7CE"),
    ];

    /// <summary>The fills of a column of <paramref name="format"/>: verdicts, RAG, or none.</summary>
    public static IReadOnlyList<ValueFill> For(ColumnFormat format) => format switch
    {
        ColumnFormat.Verdict => Verdicts,
        ColumnFormat.Rag => Rags,
        _ => [],
    };

    /// <summary>The fill of a cell holding <paramref name="text"/> in a column with <paramref name="fills"/>; null for none.</summary>
    public static string? Of(IReadOnlyList<ValueFill> fills, string? text) =>
        fills.FirstOrDefault(f => string.Equals(f.Value, text, StringComparison.Ordinal))?.Colour;
}
