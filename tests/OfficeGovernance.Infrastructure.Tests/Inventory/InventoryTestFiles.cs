using System.Text;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

/// <summary>Where the test inputs live: the committed fixtures beside the assembly, and the real federal files in the repository.</summary>
public static class InventoryTestFiles
{
    public static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Inventory", file);

    /// <summary>A file of tests/data/federal-inventories, found by walking up to the folder holding OfficeGovernance.sln.</summary>
    public static string Federal(string file)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OfficeGovernance.sln")))
            {
                return Path.Combine(directory.FullName, "tests", "data", "federal-inventories", file);
            }
        }
        throw new DirectoryNotFoundException($"no folder above {AppContext.BaseDirectory} holds OfficeGovernance.sln");
    }

    public static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
