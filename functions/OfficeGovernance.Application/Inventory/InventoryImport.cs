using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Application.Inventory;

/// <summary>
/// Imports an inventory into a portfolio workbook (docs/rules.md#inventory-import). A missing workbook is
/// created with every portfolio table; an existing one is validated first, gets the new rows appended to its
/// Initiatives table (other rows, columns and sheets untouched) and its ImportLog table replaced. Either way the
/// workbook carries a <c>Settings.WorkbookId</c> afterwards (docs/rules.md#workbook-contract: written once, on the first write or
/// import). Everything is checked before the file is written, in one package edit and one move (<see cref="WorkbookRoundTrip"/>).
/// </summary>
public sealed class InventoryImport(IInventoryReader inventories, IWorkbookPackage package, IWorkbookFiles files)
{
    /// <summary>Runs the import.</summary>
    /// <param name="sourcePath">The inventory file (.csv or .xlsx).</param>
    /// <param name="workbookPath">The portfolio workbook, created when missing.</param>
    /// <param name="newWorkbookId">Makes the WorkbookId, called only when the workbook has none.</param>
    /// <param name="cancellationToken">Cancels the write of a new workbook.</param>
    /// <exception cref="WorkbookValidationException">The inventory or the existing workbook is invalid; nothing was written.</exception>
    /// <exception cref="WorkbookConflictException">The existing workbook changed on disk during the import; nothing was written.</exception>
    /// <exception cref="IOException">Another write of the workbook is under way; nothing was written.</exception>
    public async Task<InventoryImportOutcome> RunAsync(
        string sourcePath, string workbookPath, Func<Guid> newWorkbookId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        var read = inventories.Read(sourcePath);
        var source = Path.GetFileName(sourcePath);
        var risk = (InventoryUseCase u) => AssessedUseCase.Assess(InventoryClassifier.Classify(u));
        if (!files.Exists(workbookPath))
        {
            var plan = InventoryImportPlanner.Plan(read, risk, []);
            var tables = PortfolioTables.ToOutputTables(
                    new PortfolioWorkbook { Settings = new PortfolioSettings { WorkbookId = newWorkbookId() } })
                .Select(t => t.Name == PortfolioSchema.Initiatives.Name ? InventoryImportTables.Initiatives(plan.New, source) : t)
                .Append(InventoryImportTables.ImportLog(plan.Issues, source))
                .ToArray();
            await files.WriteNewAsync(workbookPath, package.Create(tables), cancellationToken);
            return new InventoryImportOutcome(plan, Created: true);
        }

        var trip = await WorkbookRoundTrip.OpenFileAsync(files.Existing, package, workbookPath, cancellationToken);
        var existing = InventoryImportPlanner.Plan(read, risk, trip.Workbook.Initiatives.Select(i => i.Id).ToArray());
        if (existing.New.Count > 0)
        {
            trip.AppendRows(InventoryImportTables.Initiatives(existing.New, source));
        }
        trip.ReplaceTables([InventoryImportTables.ImportLog(existing.Issues, source)]);
        trip.GiveWorkbookId(newWorkbookId);
        // The appended rows must read back as a valid portfolio before the user's file is touched.
        package.Parse(trip.Edited(), trip.Label);
        await trip.SaveAsync(cancellationToken);
        return new InventoryImportOutcome(existing, Created: false);
    }
}
