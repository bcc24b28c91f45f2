using OfficeGovernance.Domain.AgentSync;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// One read-change-save of a portfolio workbook, whatever its source (a file by path, the workbook folder, a drive item
/// through Graph; docs/rules.md#written-workbooks): the bytes and their ETag are read ONCE, parsed once (whole, Settings
/// only, or tables unvalidated, as the use case needs), the system's writes are collected, and <see cref="SaveAsync"/>
/// applies them all in one package edit and compares-and-saves once, only over the version read (<c>If-Match</c> with
/// Graph, the SHA-256 eTag locally). No write collected, no save. Not thread-safe: one use case owns it.
/// </summary>
public sealed class WorkbookRoundTrip
{
    private readonly IWorkbookSource _source;
    private readonly IWorkbookPackage _package;
    private readonly List<WorkbookEdit> _edits = [];
    private PortfolioWorkbook? _workbook;
    private PortfolioSettings? _settings;
    private byte[]? _edited;
    private bool _saved;

    private WorkbookRoundTrip(IWorkbookSource source, IWorkbookPackage package, string workbookId, string label, WorkbookFile read) =>
        (_source, _package, WorkbookId, Label, Read) = (source, package, workbookId, label, read);

    /// <summary>The workbook's id in its source (a path, a file name in the folder, or <c>driveId/itemId</c>).</summary>
    public string WorkbookId { get; }

    /// <summary>Names the workbook in problems (a file name or the workbook id).</summary>
    public string Label { get; }

    /// <summary>The bytes and ETag as read; every write starts from these, never from a second read.</summary>
    public WorkbookFile Read { get; }

    /// <summary>The <c>Settings.WorkbookId</c> this round trip gives the workbook in its save; null when none is given.</summary>
    public Guid? GivenWorkbookId { get; private set; }

    /// <summary>True when at least one write is collected, so <see cref="SaveAsync"/> will save.</summary>
    public bool HasWrites => _edits.Count > 0;

    /// <summary>Reads a workbook once from <paramref name="source"/>.</summary>
    /// <param name="source">Where it is.</param>
    /// <param name="package">Parses and edits its bytes.</param>
    /// <param name="workbookId">Its id in that source.</param>
    /// <param name="label">Names it in problems.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ArgumentException">The id is not valid for that source.</exception>
    /// <exception cref="FileNotFoundException">No workbook has that id.</exception>
    public static async Task<WorkbookRoundTrip> OpenAsync(
        IWorkbookSource source, IWorkbookPackage package, string workbookId, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(label);
        var read = await source.GetAsync(workbookId, cancellationToken);
        return new WorkbookRoundTrip(source, package, workbookId, label, read);
    }

    /// <summary>
    /// Reads a local workbook file named by path once (the CLI's verbs), labelled by its file name; a missing file is a
    /// problem of the input, as for any invalid workbook.
    /// </summary>
    /// <param name="files">Existing files by path (<see cref="IWorkbookFiles.Existing"/>).</param>
    /// <param name="package">Parses and edits its bytes.</param>
    /// <param name="path">The file's full path.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="WorkbookValidationException">No file is at <paramref name="path"/>.</exception>
    public static async Task<WorkbookRoundTrip> OpenFileAsync(
        IWorkbookSource files, IWorkbookPackage package, string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var label = Path.GetFileName(path);
        try
        {
            return await OpenAsync(files, package, path, label, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            throw new WorkbookValidationException([new ValidationProblem(label, null, null, null, $"the file {path} does not exist")]);
        }
    }

    /// <summary>The input tables as read, validated (parsed once, on first use).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its tables are invalid; lists every problem.</exception>
    public PortfolioWorkbook Workbook => _workbook ??= _package.Parse(Read.Bytes, Label);

    /// <summary>The Settings table as read: from <see cref="Workbook"/> when parsed, else parsed alone (once).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its Settings table is invalid.</exception>
    public PortfolioSettings Settings => _workbook?.Settings ?? (_settings ??= _package.ParseSettings(Read.Bytes, Label));

    /// <summary>The named tables as read, unvalidated (a use case that validates tables a review does not).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or a table cannot be read.</exception>
    public IReadOnlyList<TableData> ReadTables(IReadOnlyCollection<string> tableNames) => _package.ReadTables(Read.Bytes, tableNames, Label);

    /// <summary>
    /// The named tables as read, parsed as the portfolio (a use case that reads tables a review does not, such as the
    /// cost import's CostAllocation): the parse then stands for <see cref="Workbook"/>, so the bytes are parsed once.
    /// </summary>
    /// <param name="tableNames">The tables to read: every table <see cref="Workbook"/> holds, and the use case's own.</param>
    /// <returns>The tables as read, for the use case's own validation.</returns>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or the portfolio's tables are invalid.</exception>
    public IReadOnlyList<TableData> ParseWith(IReadOnlyCollection<string> tableNames)
    {
        var tables = ReadTables(tableNames);
        _workbook = PortfolioParser.Parse(tables);
        return tables;
    }

    /// <summary>Collects a write of system tables (see <see cref="ReplaceTablesEdit"/>).</summary>
    public void ReplaceTables(IReadOnlyList<OutputTable> tables) => Add(new ReplaceTablesEdit(tables));

    /// <summary>Collects rows appended to an existing table (see <see cref="AppendRowsEdit"/>).</summary>
    public void AppendRows(OutputTable table) => Add(new AppendRowsEdit(table));

    /// <summary>Collects a replacement of some rows of an existing table (see <see cref="ReplaceRowsEdit"/>).</summary>
    public void ReplaceRows(OutputTable table, IReadOnlyList<int> replacedRows) => Add(new ReplaceRowsEdit(table, replacedRows));

    /// <summary>Collects an agent sync plan's changes of the Agents table; a plan that changes nothing collects nothing.</summary>
    public void SyncAgents(AgentSyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!plan.ChangesNothing)
        {
            Add(new AgentSyncEdit(plan));
        }
    }

    /// <summary>
    /// The workbook's <c>Settings.WorkbookId</c>: the one it has, or a new one from <paramref name="newWorkbookId"/>,
    /// collected as a write so this round trip's save gives it (docs/rules.md#workbook-binding: written once, by the
    /// system, on its first write). Asked twice, the same id.
    /// </summary>
    /// <exception cref="WorkbookValidationException">The Settings table as read is invalid.</exception>
    public Guid GiveWorkbookId(Func<Guid> newWorkbookId)
    {
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        if (Settings.WorkbookId is { } existing)
        {
            return existing;
        }
        if (GivenWorkbookId is { } given)
        {
            return given;
        }
        var id = newWorkbookId();
        Add(new WorkbookIdEdit(id));
        GivenWorkbookId = id;
        return id;
    }

    /// <summary>
    /// The bytes the save would write: every collected write applied to the bytes read in one package edit (made once,
    /// and again only after another write is collected); the bytes read when none is collected. A use case checks
    /// what it wrote reads back before saving it.
    /// </summary>
    /// <exception cref="WorkbookValidationException">A write cannot be made where it is; nothing is saved.</exception>
    public byte[] Edited() => _edited ??= _edits.Count == 0 ? Read.Bytes : _package.Apply(Read.Bytes, _edits, Label);

    /// <summary>
    /// Applies every collected write in one package edit and saves the result once, only over the version read.
    /// </summary>
    /// <returns>What was saved; null when no write was collected (nothing is saved).</returns>
    /// <exception cref="WorkbookValidationException">A write cannot be made where it is; nothing was saved.</exception>
    /// <exception cref="WorkbookConflictException">The workbook changed since it was read; nothing was saved.</exception>
    /// <exception cref="FileNotFoundException">The workbook was deleted since it was read.</exception>
    /// <exception cref="IOException">A local file is being written by another command (its <c>.writing</c> file exists).</exception>
    /// <exception cref="InvalidOperationException">This round trip was saved already.</exception>
    public async Task<WorkbookSaved?> SaveAsync(CancellationToken cancellationToken)
    {
        if (_saved)
        {
            throw new InvalidOperationException($"The round trip of {Label} was saved already; read the workbook again.");
        }
        if (_edits.Count == 0)
        {
            return null;
        }
        var content = Edited();
        var eTag = await _source.SaveAsync(WorkbookId, content, Read.ETag, cancellationToken);
        _saved = true;
        return new WorkbookSaved(eTag, GivenWorkbookId, content);
    }

    private void Add(WorkbookEdit edit)
    {
        if (_saved)
        {
            throw new InvalidOperationException($"The round trip of {Label} was saved already; read the workbook again.");
        }
        _edits.Add(edit);
        _edited = null;
    }
}
