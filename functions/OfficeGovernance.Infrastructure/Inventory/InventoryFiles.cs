using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary><see cref="IInventoryReader"/> over <see cref="InventoryReader"/>, its failures as problems naming the file.</summary>
public sealed class InventoryFiles : IInventoryReader
{
    /// <inheritdoc />
    public InventoryReadResult Read(string path)
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
}
