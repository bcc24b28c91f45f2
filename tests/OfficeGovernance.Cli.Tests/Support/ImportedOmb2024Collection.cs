namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>Test classes marked [Collection(ImportedOmb2024Collection.Name)] review one imported 2024 inventory.</summary>
[CollectionDefinition(Name)]
public sealed class ImportedOmb2024Collection : ICollectionFixture<ImportedOmb2024Workbook>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Imported 2024 inventory";
}
