using OfficeGovernance.Domain.AgentSync;

namespace OfficeGovernance.Domain.Tests.AgentSync;

/// <summary>Builds an enabled agent identity with one owner and one sponsor by default.</summary>
public sealed class AgentIdentityBuilder(string objectId = "0f1e2d3c-aaaa-bbbb-cccc-000000000001", string name = "Invoice agent")
{
    private AgentIdentity _identity = new(objectId, name, true, "blueprint-1", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
        null, [], ["owner@example.com"], ["sponsor@example.com"]);

    public AgentIdentityBuilder With(Func<AgentIdentity, AgentIdentity> change)
    {
        _identity = change(_identity);
        return this;
    }

    public AgentIdentityBuilder Disabled() => With(i => i with { AccountEnabled = false });
    public AgentIdentityBuilder Owners(params string[]? owners) => With(i => i with { Owners = owners });
    public AgentIdentityBuilder Sponsors(params string[]? sponsors) => With(i => i with { Sponsors = sponsors });

    public AgentIdentity Build() => _identity;
}
