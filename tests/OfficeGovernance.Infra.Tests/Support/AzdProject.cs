using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>The parts of azure.yaml the tests read (the azd project file at the repository root).</summary>
public sealed class AzdProject
{
    public string Name { get; set; } = "";

    public InfraSection Infra { get; set; } = new();

    public Dictionary<string, Dictionary<string, HookCommand>> Hooks { get; set; } = [];

    public Dictionary<string, Service> Services { get; set; } = [];

    public static AzdProject Load() => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build()
        .Deserialize<AzdProject>(File.ReadAllText(RepositoryRoot.PathOf("azure.yaml")));

    public sealed class InfraSection
    {
        public string Provider { get; set; } = "";

        public string Path { get; set; } = "";

        public string Module { get; set; } = "";
    }

    public sealed class Service
    {
        public string Project { get; set; } = "";

        public string Language { get; set; } = "";

        public string Host { get; set; } = "";

        public string? Dist { get; set; }

        public Dictionary<string, Dictionary<string, HookCommand>> Hooks { get; set; } = [];
    }

    /// <summary>One platform's command of a hook (posix or windows).</summary>
    public sealed class HookCommand
    {
        public string Shell { get; set; } = "";

        public string Run { get; set; } = "";
    }
}
