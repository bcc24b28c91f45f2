using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Reads and validates a portfolio workbook file or bytes, and creates new workbook files. Writes into an existing
/// workbook go through a <see cref="WorkbookRoundTrip"/> over its source (<see cref="PathWorkbookSource"/> for a file
/// named by path; docs/rules.md#written-workbooks).
/// </summary>
public static class PortfolioWorkbookFile
{
    /// <summary>Reads and validates a workbook.</summary>
    /// <exception cref="WorkbookValidationException">The file is missing, not an .xlsx, or its tables are invalid; lists every problem.</exception>
    public static LoadedWorkbook Load(string path)
    {
        var bytes = ReadExisting(path);
        return new LoadedWorkbook(path, bytes, Parse(bytes, System.IO.Path.GetFileName(path)));
    }

    /// <summary>Reads and validates only the Settings table of a workbook file (docs/rules.md#workbook-contract).</summary>
    /// <exception cref="WorkbookValidationException">The file is missing, not an .xlsx, or its Settings table is invalid.</exception>
    public static PortfolioSettings LoadSettings(string path) =>
        ParseSettings(ReadExisting(path), System.IO.Path.GetFileName(path));

    /// <summary>Validates a workbook held in memory (an upload, or a file already read).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its tables are invalid.</exception>
    public static PortfolioWorkbook Parse(byte[] bytes, string label)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var tables = new WorkbookTableReader().Read(stream, PortfolioSchema.ReviewTableNames, label);
        return PortfolioParser.Parse(tables);
    }

    /// <summary>Reads only the DecisionLog table of a workbook held in memory (docs/rules.md#decision-log; none when absent).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or the table cannot be read.</exception>
    public static IReadOnlyList<OfficeGovernance.Domain.DecisionLog.DecisionLogTableRow> ParseDecisionLogTable(byte[] bytes, string label)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PortfolioParser.ParseDecisionLogTable(new WorkbookTableReader().Read(stream, [SystemTables.DecisionLogName], label));
    }

    /// <summary>Reads and validates only the Settings table of a workbook held in memory (docs/rules.md#workbook-contract).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its Settings table is invalid.</exception>
    public static PortfolioSettings ParseSettings(byte[] bytes, string label)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PortfolioParser.ParseSettings(new WorkbookTableReader().Read(stream, [PortfolioSchema.Settings.Name], label));
    }

    /// <summary>Creates a new workbook file holding <paramref name="tables"/>, replacing any file at that path.</summary>
    public static void Create(string path, IReadOnlyList<OutputTable> tables)
    {
        var temporary = path + ".writing";
        using (var stream = File.Create(temporary))
        {
            new WorkbookTableWriter().Create(stream, tables);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private static byte[] ReadExisting(string path) => File.Exists(path)
        ? File.ReadAllBytes(path)
        : throw new WorkbookValidationException(
            [new ValidationProblem(System.IO.Path.GetFileName(path), null, null, null, $"the file {path} does not exist")]);
}
