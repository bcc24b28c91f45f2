using OfficeGovernance.Domain.AgentSync;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// The .xlsx package of a portfolio workbook held in memory: its tables read and validated, and the system's writes
/// into it (docs/rules.md#workbook-contract). Implemented over the Open XML SDK in Infrastructure; every method works on
/// bytes already read, so a use case reads a workbook once and saves what it made from that read.
/// </summary>
public interface IWorkbookPackage
{
    /// <summary>Reads and validates the input tables.</summary>
    /// <param name="bytes">The .xlsx bytes.</param>
    /// <param name="label">Names the workbook in problems (a file name or a workbook id).</param>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its tables are invalid; lists every problem.</exception>
    PortfolioWorkbook Parse(byte[] bytes, string label);

    /// <summary>Reads and validates only the Settings table.</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or its Settings table is invalid.</exception>
    PortfolioSettings ParseSettings(byte[] bytes, string label);

    /// <summary>Reads only the DecisionLog table (the workbook's copy of its log; none when absent).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or the table cannot be read.</exception>
    IReadOnlyList<DecisionLogTableRow> ParseDecisionLogTable(byte[] bytes, string label);

    /// <summary>Gives the workbook its <c>Settings.WorkbookId</c> (docs/rules.md#workbook-contract: written once, by the system).</summary>
    /// <returns>The changed .xlsx bytes.</returns>
    /// <exception cref="WorkbookValidationException">The Settings table cannot take the row.</exception>
    byte[] StampWorkbookId(byte[] bytes, Guid workbookId, string label);

    /// <summary>Creates or replaces <paramref name="tables"/>, keeping every other sheet, table, style and user column.</summary>
    /// <returns>The changed .xlsx bytes.</returns>
    /// <exception cref="WorkbookValidationException">A table cannot be written where it is (every problem by sheet and cell).</exception>
    byte[] ReplaceTables(byte[] bytes, IReadOnlyList<OutputTable> tables, string label);

    /// <summary>Applies an agent sync plan to the Agents table (new rows appended, changed cells replaced).</summary>
    /// <returns>The changed .xlsx bytes.</returns>
    /// <exception cref="WorkbookValidationException">The Agents table cannot take the changes.</exception>
    byte[] ApplyAgentSync(byte[] bytes, AgentSyncPlan plan, string label);

    /// <summary>Reads the named tables as they are, unvalidated (a use case that validates tables a review does not).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or a table cannot be read.</exception>
    IReadOnlyList<TableData> ReadTables(byte[] bytes, IReadOnlyCollection<string> tableNames, string label);

    /// <summary>Replaces a table's data rows <paramref name="replacedRows"/> (1-based, below the header) with the rows of <paramref name="table"/>.</summary>
    /// <returns>The changed .xlsx bytes.</returns>
    /// <exception cref="WorkbookValidationException">The table cannot take the rows.</exception>
    byte[] ReplaceRows(byte[] bytes, OutputTable table, IReadOnlyList<int> replacedRows, string label);

    /// <summary>Appends the rows of <paramref name="table"/> to the table of that name, keeping its other rows and user columns.</summary>
    /// <returns>The changed .xlsx bytes.</returns>
    /// <exception cref="WorkbookValidationException">The table cannot take the rows.</exception>
    byte[] AppendRows(byte[] bytes, OutputTable table, string label);

    /// <summary>
    /// Applies <paramref name="edits"/> in order in ONE package edit: the bytes are guarded once, the package opened
    /// once, every edit run on its open workbook part, and the result serialised once. All or nothing: when an edit
    /// is refused, no bytes come back.
    /// </summary>
    /// <param name="bytes">The .xlsx as read; not modified.</param>
    /// <param name="edits">The system's writes (<see cref="ReplaceTablesEdit"/>, <see cref="AppendRowsEdit"/>,
    /// <see cref="ReplaceRowsEdit"/>, <see cref="AgentSyncEdit"/>, <see cref="WorkbookIdEdit"/>).</param>
    /// <param name="label">Names the workbook in problems.</param>
    /// <returns>The changed .xlsx bytes; <paramref name="bytes"/> itself when there is no edit.</returns>
    /// <exception cref="WorkbookValidationException">The bytes are not a safe, readable .xlsx, or an edit cannot be made
    /// where it is (every problem by table, sheet and cell).</exception>
    /// <exception cref="ArgumentException">An edit of a kind this package does not know, or a system table name is invalid (a bug).</exception>
    byte[] Apply(byte[] bytes, IReadOnlyList<WorkbookEdit> edits, string label);

    /// <summary>A new .xlsx package holding <paramref name="tables"/> (a workbook the system creates, such as an import's).</summary>
    byte[] Create(IReadOnlyList<OutputTable> tables);
}
