using OfficeGovernance.Cli.Tests.Support;
using OfficeGovernance.Cli.Verbs;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>
/// The 2024 federal inventory (2,130 use cases) imported once, by <c>import-inventory</c>, into a fresh workbook that
/// the test classes of <see cref="ImportedOmb2024Collection"/> only review (never write): built at test time from
/// tests/data, not committed. Importing it costs more than any one review of it, so it is done once.
/// </summary>
public sealed class ImportedOmb2024Workbook : IAsyncLifetime
{
    private static readonly string Omb2024 = RepositoryRoot.PathOf("tests/data/federal-inventories/2024_consolidated_ai_inventory_raw_v2.csv");

    private readonly SampleWorkspace _workspace = new();

    /// <summary>The imported workbook's path.</summary>
    public string Workbook => _workspace.PathOf("omb2024.xlsx");

    /// <summary>The import's own result, asserted by the tests that check what it wrote.</summary>
    public CliResult Import { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() =>
        Import = await new CliHarness().RunAsync("import-inventory", "--source", Omb2024, "--workbook", Workbook);

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }
}
