using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Finance;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Application.Finance;

/// <summary>
/// The finance report job (issue 11; docs/rules.md#finance-report), shared by the command line and the
/// HTTP API: the finance model of a validated workbook and its verified decision log, and the report workbook's
/// bytes. The as-of date is in the workbook time zone (default: today there); money in the workbook currency.
/// </summary>
public sealed class FinanceReportJob(IWorkbookPackage package, IFinanceWorkbookWriter writer, IWorkbookFiles files)
{
    /// <summary>The finance model (JSON-friendly records) of a workbook and its log as read.</summary>
    /// <param name="workbook">The validated workbook.</param>
    /// <param name="decisions">The decision log as read, in chain order.</param>
    /// <param name="verification">The log's verification; approvals resting on entries it does not vouch for are marked unverified.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="months">Months covered, the as-of month included.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not from 1 to 36.</exception>
    public static FinanceReport Build(
        PortfolioWorkbook workbook, IReadOnlyList<DecisionEntry> decisions, ChainVerification verification,
        DateOnly asOf, int months = FinancePeriod.DefaultMonths) =>
        FinanceReportBuilder.Build(workbook, decisions, verification, asOf, months);

    /// <summary>The report workbook (.xlsx bytes) of a workbook and its log as read.</summary>
    /// <param name="workbook">The validated workbook.</param>
    /// <param name="decisions">The decision log as read, in chain order.</param>
    /// <param name="verification">The log's verification.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="months">Months covered, the as-of month included.</param>
    /// <param name="title">What the report is of (the workbook's name), for its first line.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is not from 1 to 36.</exception>
    public byte[] Write(
        PortfolioWorkbook workbook, IReadOnlyList<DecisionEntry> decisions, ChainVerification verification,
        DateOnly asOf, int months, string title) =>
        writer.Write(Build(workbook, decisions, verification, asOf, months), title);

    /// <summary>
    /// Reads and validates the workbook, reads and verifies its log, and writes the report to
    /// <paramref name="outputPath"/> (through a temporary file beside it). Everything is checked before anything is
    /// written: an invalid workbook or option creates no file.
    /// </summary>
    /// <exception cref="Domain.Workbooks.WorkbookValidationException">The workbook is missing or invalid (every problem by cell), or its DecisionLog table lists decisions the log lacks.</exception>
    /// <param name="workbookPath">The portfolio workbook.</param>
    /// <param name="outputPath">The report to write: a .xlsx file in an existing folder.</param>
    /// <param name="log">The workbook's decision log.</param>
    /// <param name="asOf">The as-of date; null for today in the workbook time zone.</param>
    /// <param name="months">Months covered, the as-of month included; null for <see cref="FinancePeriod.DefaultFor"/>.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <exception cref="ArgumentException">The months are out of range (1 to 36), or the output is not a .xlsx file in an
    /// existing folder (a folder, another extension, a missing folder), or it would replace the workbook: one line naming
    /// the option.</exception>
    /// <exception cref="DecisionLogCorruptException">The log cannot be read.</exception>
    public async Task<FinanceReportOutcome> RunAsync(
        string workbookPath, string outputPath, IDecisionLogStore log, DateOnly? asOf, int? months, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(time);
        if (months is { } asked && FinancePeriod.Problem(asked) is { } monthsProblem)
        {
            throw new ArgumentException(monthsProblem);
        }
        var output = CheckedOutput(outputPath);
        if (string.Equals(output, Path.GetFullPath(workbookPath), StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"--out: {outputPath} is the portfolio workbook itself; name another file.");
        }
        // Read once; the report is a new file, the workbook is never saved here.
        var loaded = await WorkbookRoundTrip.OpenFileAsync(files.Existing, package, workbookPath, cancellationToken);
        var decisions = await log.ReadAllAsync(cancellationToken);
        // Approvals the log lacks would be reported as over cap without approval: refuse instead (docs/rules.md#decision-log).
        DecisionLogCoverage.Check(loaded.Workbook.DecisionLogTable, decisions, log.Location);
        var verification = await log.VerifyAsync(cancellationToken);
        var day = asOf ?? AsOfDate.Today(time, loaded.Workbook.Settings.TimeZone);
        var report = WithUnallocated(
            Build(loaded.Workbook, decisions, verification, day, months ?? FinancePeriod.DefaultFor(day, loaded.Workbook.Spend)),
            loaded.Read.Bytes, loaded.Label);
        await files.WriteNewAsync(output, writer.Write(report, Path.GetFileName(workbookPath)), cancellationToken);
        return new FinanceReportOutcome(report, output);
    }

    /// <summary>The report with the workbook's unallocated FOCUS cost (its UnallocatedSpend table; none without it).</summary>
    /// <param name="report">The report built from the workbook.</param>
    /// <param name="workbook">The same workbook's .xlsx bytes.</param>
    /// <param name="label">Its file name, for problems.</param>
    /// <exception cref="Domain.Workbooks.WorkbookValidationException">The UnallocatedSpend table was edited into something unreadable.</exception>
    public FinanceReport WithUnallocated(FinanceReport report, byte[] workbook, string label)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tables = package.ReadTables(workbook, [Domain.CostImport.UnallocatedSpendTable.Name], label).ToArray();
        return report.WithUnallocated(tables.Length == 0 ? null : Domain.CostImport.CostImportWorkbook.Unallocated(tables));
    }

    /// <summary>One line saying what the report holds, for the command line.</summary>
    public static string Describe(FinanceReportOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var report = outcome.Report;
        var log = report.Log.IsIntact
            ? "decision log intact"
            : $"DECISION LOG BROKEN: approvals from entry {report.Log.VerifiedCount + 1} on are marked unverified";
        return $"Finance report as of {ValueText.Date(report.AsOf)} ({report.Months.Count} months from " +
               $"{ValueText.Date(report.PeriodStart)}): {ValueText.Money(report.Reconciliation.InPeriodTotal, report.Currency)} " +
               $"in the period, {report.Exceptions.Count} exception(s), {log}; written to {outcome.OutputPath}.";
    }

    // Refused before anything is read or written, each in one line (issue 25): a report named .csv would be an .xlsx
    // under a false name, and a folder or a missing folder would otherwise end in a raw system message.
    private static string CheckedOutput(string outputPath)
    {
        var output = Path.GetFullPath(outputPath);
        if (Directory.Exists(output) || outputPath.EndsWith(Path.DirectorySeparatorChar) || outputPath.EndsWith(Path.AltDirectorySeparatorChar))
        {
            throw new ArgumentException($"--out: {outputPath} is a folder; name the .xlsx file to write.");
        }
        if (!string.Equals(Path.GetExtension(output), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"--out: {outputPath} does not end in .xlsx; the report is an Excel workbook, name it R.xlsx.");
        }
        var folder = Path.GetDirectoryName(output);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ArgumentException($"--out: the folder {folder} does not exist; create it first or name another.");
        }
        return output;
    }
}
