using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// The .xlsx package of a portfolio workbook held in memory: its tables read and validated, and the system's writes
/// into it applied in one package edit (docs/rules.md#workbook-contract). Implemented over the Open XML SDK in
/// Infrastructure; every method works on bytes already read, so a use case reads a workbook once and saves what it
/// made from that read (<see cref="WorkbookRoundTrip"/>).
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

    /// <summary>Reads the named tables as they are, unvalidated (a use case that validates tables a review does not).</summary>
    /// <exception cref="WorkbookValidationException">The bytes are not an .xlsx, or a table cannot be read.</exception>
    IReadOnlyList<TableData> ReadTables(byte[] bytes, IReadOnlyCollection<string> tableNames, string label);

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
