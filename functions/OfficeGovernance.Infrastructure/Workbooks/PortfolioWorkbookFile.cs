using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Reads a portfolio workbook file and writes the system tables back into it. Everything is validated before
/// anything is written, and a write replaces the file in one move, so a failure leaves the file byte-for-byte as it
/// was (docs/rules.md#written-workbooks).
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

    /// <summary>
    /// Reads a workbook file's bytes without validating them, for a command that validates them itself (the cost
    /// import reads tables a review does not); writes go through <see cref="WriteBytes"/>, which checks the file did
    /// not change since.
    /// </summary>
    /// <exception cref="WorkbookValidationException">The file is missing.</exception>
    public static LoadedWorkbook LoadBytes(string path) => new(path, ReadExisting(path), new PortfolioWorkbook());

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

    /// <summary>
    /// Creates or replaces <paramref name="tables"/> in the loaded workbook's file, keeping every other sheet, table,
    /// style and user column, and gives the workbook its <c>Settings.WorkbookId</c> in the same write when it has none
    /// (docs/rules.md#workbook-binding: written once, on the system's first write). The new content goes to a temporary file
    /// beside it that then replaces the original.
    /// </summary>
    /// <param name="loaded">The workbook as read.</param>
    /// <param name="tables">The tables to write.</param>
    /// <param name="newWorkbookId">Makes the WorkbookId, called only when the workbook has none.</param>
    /// <exception cref="IOException">The file changed on disk since it was loaded, or another write is under way; nothing was written.</exception>
    public static void WriteTables(LoadedWorkbook loaded, IReadOnlyList<OutputTable> tables, Func<Guid> newWorkbookId)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        var updated = new WorkbookTableWriter().ReplaceTables(loaded.Bytes, tables, System.IO.Path.GetFileName(loaded.Path));
        WriteBytes(loaded, WithWorkbookId(loaded, updated, newWorkbookId).Bytes);
    }

    /// <summary>
    /// The bytes to save over the loaded workbook, given its <c>Settings.WorkbookId</c> in the same save when it has
    /// none (docs/rules.md#workbook-binding: the system writes it once, on its first write or import); unchanged otherwise.
    /// </summary>
    /// <param name="loaded">The workbook as read, whose Settings say whether it has an id.</param>
    /// <param name="updated">What is about to be saved (the loaded bytes themselves, or a change of them).</param>
    /// <param name="newWorkbookId">Makes the WorkbookId, called only when the workbook has none.</param>
    /// <returns>The bytes to save and the workbook's id, the existing one or the new one.</returns>
    /// <exception cref="WorkbookValidationException">The Settings table cannot take the row.</exception>
    public static (byte[] Bytes, Guid WorkbookId) WithWorkbookId(LoadedWorkbook loaded, byte[] updated, Func<Guid> newWorkbookId)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        if (loaded.Workbook.Settings.WorkbookId is { } existing)
        {
            return (updated, existing);
        }
        var id = newWorkbookId();
        return (new WorkbookIdStamp().Write(updated, id, System.IO.Path.GetFileName(loaded.Path)), id);
    }

    /// <summary>
    /// Replaces the loaded workbook's file with <paramref name="updated"/>, through a temporary file beside it
    /// (<c>F.xlsx.writing</c>), unless the file changed on disk since it was loaded. The temporary file is created
    /// exclusively, so of two commands writing the same workbook at once one fails instead of both overwriting.
    /// </summary>
    /// <exception cref="IOException">The file changed on disk since it was loaded, or another write is under way (or was interrupted and left its temporary file); nothing was written.</exception>
    public static void WriteBytes(LoadedWorkbook loaded, byte[] updated)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var temporary = loaded.Path + ".writing";
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException busy) when (File.Exists(temporary))
        {
            throw new IOException(
                $"{temporary} exists: another command is writing {loaded.Path}, or one was interrupted; " +
                "delete that file if none is running, and run the command again.", busy);
        }
        try
        {
            using (stream)
            {
                if (WorkbookETag.Of(File.ReadAllBytes(loaded.Path)) != WorkbookETag.Of(loaded.Bytes))
                {
                    throw new IOException($"{loaded.Path} changed since it was read; run the command again.");
                }
                stream.Write(updated);
            }
            File.Move(temporary, loaded.Path, overwrite: true);
        }
        catch
        {
            // The temporary file is ours and holds nothing the user needs; left behind it would block every later write.
            File.Delete(temporary);
            throw;
        }
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
