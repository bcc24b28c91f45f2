using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Cli.Inventory;

/// <summary>Reads and classifies an inventory file for the classify and import-inventory verbs.</summary>
public static class InventoryLoading
{
    /// <summary>Reads an inventory.</summary>
    /// <exception cref="WorkbookValidationException">The file is missing, or is not an inventory of a known schema.</exception>
    public static InventoryReadResult Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new WorkbookValidationException([new ValidationProblem(name, null, null, null, $"the file {path} does not exist")]);
        }
        try
        {
            return new InventoryReader().Read(path);
        }
        catch (InventoryFormatException notInventory)
        {
            throw new WorkbookValidationException([new ValidationProblem(name, null, null, null, notInventory.Message)]);
        }
    }

    /// <summary>Classifies every use case, in source order, with the ids an import would give them.</summary>
    public static IReadOnlyList<AssessedUseCase> Assess(InventoryReadResult read)
    {
        var classified = new Dictionary<InventoryUseCase, InventoryClassification>(ReferenceEqualityComparer.Instance);
        var plan = InventoryImportPlanner.Plan(read, u => AssessedUseCase.Assess(classified[u] = InventoryClassifier.Classify(u)), []);
        return plan.New.Select(n => new AssessedUseCase(n.UseCase, n.Initiative.Id, classified[n.UseCase])).ToArray();
    }
}
