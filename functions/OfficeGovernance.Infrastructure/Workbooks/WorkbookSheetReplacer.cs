using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Puts each output table on its sheet: a sheet with the table's sheet name (ignoring case) is replaced whole, with
/// its old table definitions; otherwise a sheet is appended. A table with a print setup gets its header row repeated on
/// every printed page (the sheet's <c>_xlnm.Print_Titles</c> name). All conflicts are checked before anything changes.
/// </summary>
internal static class WorkbookSheetReplacer
{
    /// <summary>
    /// Writes the tables into the workbook part and saves the workbook and stylesheet parts. Text goes to
    /// <paramref name="sharedStrings"/> when given (new workbooks), else into the cells as inline strings (existing
    /// workbooks, whose shared string table is left untouched).
    /// </summary>
    /// <exception cref="WorkbookValidationException">A table name is taken by a table on another sheet or by a defined name, or a target sheet is not a worksheet.</exception>
    public static void Apply(WorkbookPart workbookPart, IReadOnlyList<OutputTable> tables, SharedStringCollector? sharedStrings = null)
    {
        var workbook = workbookPart.Workbook;
        var sheets = workbook.Sheets ??= new Sheets();
        var targets = tables.Select(t => (Table: t, Sheet: FindSheet(sheets, t.SheetName))).ToList();
        var existingTables = WorkbookTableCatalog.Find(workbookPart).ToList();
        var conflicts = Conflicts(workbookPart, targets, existingTables);
        if (conflicts.Count > 0)
        {
            throw new WorkbookValidationException(conflicts);
        }
        // Ids of tables on replaced sheets are free again, so a rerun gives the same ids.
        var replacedParts = targets.Where(t => t.Sheet is not null).Select(t => workbookPart.GetPartById(t.Sheet!.Id!.Value!)).ToHashSet();
        var nextTableId = existingTables.Where(t => !replacedParts.Contains(t.Part))
            .Select(t => t.Definition.Id?.Value ?? 0).Append(0u).Max() + 1;
        var styles = WorkbookStyleCatalog.Open(workbookPart);
        var replacedAny = false;
        foreach (var (table, sheet) in targets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            if (sheet is null)
            {
                var sheetId = sheets.Elements<Sheet>().Select(s => s.SheetId?.Value ?? 0).Append(0u).Max() + 1;
                sheets.Append(new Sheet { Name = table.SheetName, SheetId = sheetId, Id = workbookPart.GetIdOfPart(part) });
            }
            else
            {
                workbookPart.DeletePart(sheet.Id!.Value!);
                sheet.Id = workbookPart.GetIdOfPart(part);
                replacedAny = true;
            }
            WorksheetTableWriter.Write(part, table, nextTableId++, styles, sharedStrings);
            PrintTitles(workbook, sheets, table);
        }
        if (replacedAny && workbookPart.CalculationChainPart is { } calcChain)
        {
            // The chain may list formula cells of the replaced sheet; Excel rebuilds a missing chain, a stale one needs repair.
            workbookPart.DeletePart(calcChain);
        }
        styles.Save();
        workbook.Save();
    }

    // The sheet's header row repeated on every printed page is a workbook-level name scoped to the sheet's position; a
    // replaced sheet's old one goes, so a rewrite never leaves two. A table without a print setup leaves the names alone.
    private static void PrintTitles(Workbook workbook, Sheets sheets, OutputTable table)
    {
        if (table.Print is not { } print)
        {
            return;
        }
        var index = sheets.Elements<Sheet>().ToList().FindIndex(s => string.Equals(s.Name?.Value, table.SheetName, StringComparison.OrdinalIgnoreCase));
        var names = workbook.DefinedNames;
        foreach (var old in names?.Elements<DefinedName>().Where(n => n.Name?.Value == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == index).ToList() ?? [])
        {
            old.Remove();
        }
        if (names is null)
        {
            // definedNames follows sheets, functionGroups and externalReferences in the workbook's schema order.
            names = new DefinedNames();
            workbook.InsertAfter(names, (OpenXmlElement?)workbook.GetFirstChild<ExternalReferences>() ?? (OpenXmlElement?)workbook.GetFirstChild<FunctionGroups>() ?? sheets);
        }
        names.Append(new PrintSetup(print).PrintTitles(table.SheetName, index));
    }

    private static Sheet? FindSheet(Sheets sheets, string name) =>
        sheets.Elements<Sheet>().FirstOrDefault(s => string.Equals(s.Name?.Value, name, StringComparison.OrdinalIgnoreCase));

    private static List<ValidationProblem> Conflicts(
        WorkbookPart workbookPart, List<(OutputTable Table, Sheet? Sheet)> targets, List<WorkbookTable> existingTables)
    {
        var problems = new List<ValidationProblem>();
        var definedNames = workbookPart.Workbook.DefinedNames?.Elements<DefinedName>()
            .Select(d => d.Name?.Value).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        foreach (var (table, sheet) in targets)
        {
            if (sheet is not null && (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart))
            {
                problems.Add(new ValidationProblem(table.Name, null, null, null,
                    $"sheet '{sheet.Name}' is not a worksheet; rename it so the {table.Name} table can be written"));
                continue;
            }
            var targetPart = sheet is null ? null : workbookPart.GetPartById(sheet.Id!.Value!);
            if (targetPart is not null && !existingTables.Any(t => t.Part == targetPart && string.Equals(t.Name, table.Name, StringComparison.OrdinalIgnoreCase)))
            {
                // The system owns only the sheets it made (ADR 0031): a sheet of that name without the system's table is
                // someone's own work, and replacing it would lose it.
                problems.Add(new ValidationProblem(table.Name, null, null, null,
                    $"sheet '{sheet!.Name}' exists but does not hold the {table.Name} table; rename that sheet so the system can write its {table.Name} table on a sheet of its own"));
                continue;
            }
            foreach (var clash in existingTables.Where(t => string.Equals(t.Name, table.Name, StringComparison.OrdinalIgnoreCase) && t.Part != targetPart))
            {
                problems.Add(new ValidationProblem(table.Name, null, null, null,
                    $"a table named {clash.Name} already exists on sheet '{clash.SheetName}'; rename it so the system can write its {table.Name} table on sheet '{table.SheetName}'"));
            }
            if (definedNames.Contains(table.Name))
            {
                problems.Add(new ValidationProblem(table.Name, null, null, null,
                    $"the defined name {table.Name} is taken; rename it so the system can write its {table.Name} table"));
            }
        }
        return problems;
    }
}
