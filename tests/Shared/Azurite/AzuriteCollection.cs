namespace OfficeGovernance.Tests.Shared.Azurite;

/// <summary>Test classes marked [Collection(AzuriteCollection.Name)] share one Azurite process.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
