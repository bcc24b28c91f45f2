using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;
using CellValue = OfficeGovernance.Domain.Workbooks.CellValue;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// The cell styles the system's tables need, found in or appended to a workbook's stylesheet. Existing formats,
/// fills and cell formats are reused when they match, so writing twice never grows the stylesheet, and nothing that
/// is already there is changed or reordered.
/// </summary>
internal sealed class WorkbookStyleCatalog
{
    private const uint FirstCustomNumberFormatId = 164;

    private readonly WorkbookStylesPart _part;
    private readonly string? _currency;
    private readonly Dictionary<(string NumberFormat, string? Fill, bool Wrap), uint> _styles = [];

    private WorkbookStyleCatalog(WorkbookStylesPart part, string? currency)
    {
        _part = part;
        _currency = currency;
    }

    private Stylesheet Sheet => _part.Stylesheet;

    /// <summary>The 3-letter code money shows after the amount; null for Excel's plain <c>#,##0.00</c>.</summary>
    public string? Currency => _currency;

    /// <summary>The workbook's stylesheet, created with Excel's minimal defaults when the workbook has none.</summary>
    /// <param name="workbookPart">The workbook.</param>
    /// <param name="currency">
    /// When given (a 3-letter ISO 4217 code), Money cells show it after the amount (<c>#,##0.00 "USD"</c>);
    /// otherwise Money is Excel's built-in <c>#,##0.00</c>.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three ASCII letters.</exception>
    public static WorkbookStyleCatalog Open(WorkbookPart workbookPart, string? currency = null)
    {
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
        {
            throw new ArgumentException($"'{currency}' is not a 3-letter currency code.", nameof(currency));
        }
        var part = workbookPart.WorkbookStylesPart ?? workbookPart.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet ??= new Stylesheet();
        var sheet = part.Stylesheet;
        sheet.Fonts ??= new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 1 };
        sheet.Fills ??= new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        sheet.Borders ??= new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        sheet.CellStyleFormats ??= new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        sheet.CellFormats ??= new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }) { Count = 1 };
        sheet.CellStyles ??= new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        return new WorkbookStyleCatalog(part, currency);
    }

    /// <summary>
    /// The cell format index for a value in a column of the given format (money in the catalog's currency); verdict
    /// and RAG cells get their colour from their text (<see cref="ValueFills"/>).
    /// </summary>
    public uint StyleFor(ColumnFormat format, CellValue value) =>
        StyleFor(NumberFormats.Of(format, _currency), Fill(ValueFills.For(format), value), format == ColumnFormat.WrappedText);

    /// <summary>The cell format index for a value in a column laid out by a <see cref="SheetLayout"/>: its number format, wrap and value fill.</summary>
    public uint StyleFor(ColumnLayout column, CellValue value) =>
        StyleFor(column.NumberFormat, Fill(column.Fills, value), column.Wrap);

    private static string? Fill(IReadOnlyList<ValueFill> fills, CellValue value) =>
        fills.Count == 0 || value.Kind != CellKind.Text ? null : ValueFills.Of(fills, value.Text);

    private uint StyleFor(string numberFormat, string? fill, bool wrap)
    {
        if (!_styles.TryGetValue((numberFormat, fill, wrap), out var style))
        {
            style = FindOrAddCellFormat(NumberFormatId(numberFormat), fill is null ? 0 : FindOrAddFill(fill), wrap);
            _styles[(numberFormat, fill, wrap)] = style;
        }
        return style;
    }

    /// <summary>Writes the stylesheet back to its part.</summary>
    public void Save() => Sheet.Save();

    // Excel's built-in formats keep their ids, as Excel itself writes them; other codes are added once.
    private uint NumberFormatId(string code) => code switch
    {
        NumberFormats.General => 0,
        "0" => 1,
        "0.00" => 2,
        "#,##0.00" => 4,
        "@" => 49,
        _ => FindOrAddNumberFormat(code),
    };

    private uint FindOrAddNumberFormat(string code)
    {
        var formats = Sheet.NumberingFormats ??= new NumberingFormats { Count = 0 };
        var existing = formats.Elements<NumberingFormat>().FirstOrDefault(f => f.FormatCode?.Value == code);
        if (existing?.NumberFormatId?.Value is { } id)
        {
            return id;
        }
        var next = formats.Elements<NumberingFormat>()
            .Select(f => f.NumberFormatId?.Value ?? 0)
            .Append(FirstCustomNumberFormatId - 1)
            .Max() + 1;
        formats.Append(new NumberingFormat { NumberFormatId = next, FormatCode = code });
        formats.Count = (uint)formats.ChildElements.Count;
        return next;
    }

    private uint FindOrAddFill(string rgb)
    {
        var argb = "FF" + rgb;
        var fills = Sheet.Fills!;
        var index = 0u;
        foreach (var fill in fills.Elements<Fill>())
        {
            if (fill.PatternFill is { } pattern && pattern.PatternType?.Value == PatternValues.Solid
                && string.Equals(pattern.ForegroundColor?.Rgb?.Value, argb, StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
            index++;
        }
        fills.Append(new Fill(new PatternFill(
            new ForegroundColor { Rgb = argb },
            new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        fills.Count = (uint)fills.ChildElements.Count;
        return index;
    }

    private uint FindOrAddCellFormat(uint numberFormatId, uint fillId, bool wrap = false)
    {
        var formats = Sheet.CellFormats!;
        var index = 0u;
        foreach (var format in formats.Elements<CellFormat>())
        {
            if ((format.NumberFormatId?.Value ?? 0) == numberFormatId && (format.FillId?.Value ?? 0) == fillId
                && (format.FontId?.Value ?? 0) == 0 && (format.BorderId?.Value ?? 0) == 0
                && (format.FormatId?.Value ?? 0) == 0 && IsWrapped(format) == wrap
                && format.ChildElements.Count == (wrap ? 1 : 0))
            {
                return index;
            }
            index++;
        }
        // Wrapped cells keep the default bottom alignment of their row's other cells, so a wrapped row reads as one line.
        var added = wrap ? new CellFormat(new Alignment { WrapText = true }) : new CellFormat();
        added.NumberFormatId = numberFormatId;
        added.FontId = 0;
        added.FillId = fillId;
        added.BorderId = 0;
        added.FormatId = 0;
        added.ApplyNumberFormat = numberFormatId != 0 ? true : null;
        added.ApplyFill = fillId != 0 ? true : null;
        added.ApplyAlignment = wrap ? true : null;
        formats.Append(added);
        formats.Count = (uint)formats.ChildElements.Count;
        return index;
    }

    private static bool IsWrapped(CellFormat format) =>
        format.Alignment is { WrapText.Value: true, Vertical: null };
}
