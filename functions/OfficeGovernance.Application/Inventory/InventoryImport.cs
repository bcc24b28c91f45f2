using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Cli.Inventory;

/// <summary>What an import did.</summary>
/// <param name="Plan">The rows added, those already present, and every issue.</param>
/// <param name="Created">True when the workbook did not exist and was created.</param>
public sealed record InventoryImportOutcome(InventoryImportPlan Plan, bool Created);

/// <summary>
/// Imports an inventory into a portfolio workbook (docs/rules.md#inventory-import). A missing workbook is
/// created with every portfolio table; an existing one is validated first, gets the new rows appended to its
/// Initiatives table (other rows, columns and sheets untouched) and its ImportLog table replaced. Either way the
/// workbook carries a <c>Settings.WorkbookId</c> afterwards (docs/rules.md#workbook-contract: written once, on the first write or
/// import). Everything is checked before the file is written, in one move.
/// </summary>
public static class InventoryImport
{
    /// <summary>Runs the import.</summary>
    /// <param name="sourcePath">The inventory file (.csv or .xlsx).</param>
    /// <param name="workbookPath">The portfolio workbook, created when missing.</param>
    /// <param name="newWorkbookId">Makes the WorkbookId, called only when the workbook has none.</param>
    /// <exception cref="WorkbookValidationException">The inventory or the existing workbook is invalid; nothing was written.</exception>
    /// <exception cref="IOException">The existing workbook changed on disk during the import; nothing was written.</exception>
    public static InventoryImportOutcome Run(string sourcePath, string workbookPath, Func<Guid> newWorkbookId)
    {
        ArgumentNullException.ThrowIfNull(newWorkbookId);
        var read = InventoryLoading.Read(sourcePath);
        var source = Path.GetFileName(sourcePath);
        var risk = (InventoryUseCase u) => AssessedUseCase.Assess(InventoryClassifier.Classify(u));
        if (!File.Exists(workbookPath))
        {
            var plan = InventoryImportPlanner.Plan(read, risk, []);
            var tables = PortfolioTables.ToOutputTables(
                    new PortfolioWorkbook { Settings = new PortfolioSettings { WorkbookId = newWorkbookId() } })
                .Select(t => t.Name == PortfolioSchema.Initiatives.Name ? InventoryImportTables.Initiatives(plan.New, source) : t)
                .Append(InventoryImportTables.ImportLog(plan.Issues, source))
                .ToArray();
            PortfolioWorkbookFile.Create(workbookPath, tables);
            return new InventoryImportOutcome(plan, Created: true);
        }

        var loaded = PortfolioWorkbookFile.Load(workbookPath);
        var existing = InventoryImportPlanner.Plan(read, risk, loaded.Workbook.Initiatives.Select(i => i.Id).ToArray());
        var label = Path.GetFileName(workbookPath);
        var bytes = existing.New.Count == 0
            ? loaded.Bytes
            : new WorkbookTableAppender().Append(loaded.Bytes, InventoryImportTables.Initiatives(existing.New, source), label);
        var updated = new WorkbookTableWriter().ReplaceTables(bytes, [InventoryImportTables.ImportLog(existing.Issues, source)], label);
        updated = PortfolioWorkbookFile.WithWorkbookId(loaded, updated, newWorkbookId).Bytes;
        // The appended rows must read back as a valid portfolio before the user's file is touched.
        PortfolioWorkbookFile.Parse(updated, label);
        PortfolioWorkbookFile.WriteBytes(loaded, updated);
        return new InventoryImportOutcome(existing, Created: false);
    }
}
