using DocumentFormat.OpenXml.Packaging;

namespace OfficeGovernance.Functions.Tests.Support;

/// <summary>Reads which Excel tables an .xlsx holds, straight from its parts, or one table through the project's reader.</summary>
public static class WorkbookTables
{
    public static string[] Names(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        return document.WorkbookPart!.WorksheetParts
            .SelectMany(sheet => sheet.TableDefinitionParts)
            .Select(table => table.Table.Name!.Value!)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static OfficeGovernance.Domain.Workbooks.TableData Read(byte[] xlsx, string table)
    {
        using var stream = new MemoryStream(xlsx, writable: false);
        return new OfficeGovernance.Infrastructure.Workbooks.WorkbookTableReader().Read(stream, [table], "saved.xlsx").Single();
    }
}
