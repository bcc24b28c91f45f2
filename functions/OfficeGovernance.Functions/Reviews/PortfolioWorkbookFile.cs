using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Reviews;

/// <summary>A portfolio workbook read from disk: its exact bytes and its validated tables.</summary>
/// <param name="Path">The file path.</param>
/// <param name="Bytes">The file's bytes as read; writes start from these, never from a second read.</param>
/// <param name="Workbook">The validated input tables.</param>
public sealed record LoadedWorkbook(string Path, byte[] Bytes, PortfolioWorkbook Workbook);

/// <summary>
/// Reads a portfolio workbook file and writes the system tables back into it. Everything is validated before
/// anything is written, and a write replaces the file in one move, so a failure leaves the file byte-for-byte as it
/// was (PRODUCT.md section 6).
/// </summary>
public static class PortfolioWorkbookFile
{
    /// <summary>Reads and validates a workbook.</summary>
    /// <exception cref="WorkbookValidationException">The file is missing, not an .xlsx, or its tables are invalid; lists every problem.</exception>
    public static LoadedWorkbook Load(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new WorkbookValidationException([new ValidationProblem(name, null, null, null, $"the file {path} does not exist")]);
        }
        var bytes = File.ReadAllBytes(path);
        return new LoadedWorkbook(path, bytes, Parse(bytes, name));
    }

    /// <summary>Validates a workbook held in memory (an upload, or a file already read).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its tables are invalid.</exception>
    public static PortfolioWorkbook Parse(byte[] bytes, string label)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var tables = new WorkbookTableReader().Read(stream, PortfolioSchema.ReviewTableNames, label);
        return PortfolioParser.Parse(tables);
    }

    /// <summary>Reads and validates only the Settings table of a workbook held in memory (PRODUCT.md section 1).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its Settings table is invalid.</exception>
    public static PortfolioSettings ParseSettings(byte[] bytes, string label)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PortfolioParser.ParseSettings(new WorkbookTableReader().Read(stream, [PortfolioSchema.Settings.Name], label));
    }

    /// <summary>
    /// Creates or replaces <paramref name="tables"/> in the loaded workbook's file, keeping every other sheet, table,
    /// style and user column. The new content goes to a temporary file beside it that then replaces the original.
    /// </summary>
    /// <exception cref="IOException">The file changed on disk since it was loaded; nothing was written.</exception>
    public static void WriteTables(LoadedWorkbook loaded, IReadOnlyList<OutputTable> tables)
    {
        WriteBytes(loaded, new WorkbookTableWriter().ReplaceTables(loaded.Bytes, tables, System.IO.Path.GetFileName(loaded.Path)));
    }

    /// <summary>
    /// Replaces the loaded workbook's file with <paramref name="updated"/>, through a temporary file beside it, unless
    /// the file changed on disk since it was loaded.
    /// </summary>
    /// <exception cref="IOException">The file changed on disk since it was loaded; nothing was written.</exception>
    public static void WriteBytes(LoadedWorkbook loaded, byte[] updated)
    {
        if (!File.ReadAllBytes(loaded.Path).AsSpan().SequenceEqual(loaded.Bytes))
        {
            throw new IOException($"{loaded.Path} changed since it was read; run the command again.");
        }
        var temporary = loaded.Path + ".writing";
        File.WriteAllBytes(temporary, updated);
        File.Move(temporary, loaded.Path, overwrite: true);
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
}
