namespace OfficeGovernance.Tests.Shared.Graph;

/// <summary>An agent identity as the fake lists it.</summary>
public sealed record FakeAgentIdentity(
    string Id, string DisplayName, bool AccountEnabled = true, string? DisabledByMicrosoftStatus = null,
    string BlueprintId = "blueprint-1", string[]? TagList = null, FakePrincipal[]? OwnerList = null, FakePrincipal[]? SponsorList = null)
{
    /// <summary>Created at a fixed instant, UTC.</summary>
    public DateTimeOffset Created { get; init; } = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public string[] Tags => TagList ?? [];
    public FakePrincipal[] Owners => OwnerList ?? [];
    public FakePrincipal[] Sponsors => SponsorList ?? [];
}
