using System.Text.Json;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Samples;

/// <summary>A real use case from the 2024 federal AI inventory (see samples/source/README.md for attribution).</summary>
/// <param name="SourceRecord">The CSV record number in the source file (the header is record 1).</param>
/// <param name="UseCaseName">The use case name.</param>
/// <param name="Agency">The agency abbreviation.</param>
/// <param name="Bureau">The bureau.</param>
/// <param name="TopicArea">The inventory's topic area.</param>
/// <param name="Stage">The inventory's stage of development.</param>
/// <param name="Purpose">The start of the stated purpose.</param>
public sealed record SampleUseCase(
    int SourceRecord, string UseCaseName, string Agency, string Bureau, string TopicArea, string Stage, string Purpose)
{
    private const string ResourceName = "OfficeGovernance.Cli.Samples.federal-ai-use-cases-2024.json";

    /// <summary>The portfolio stage for the inventory's stage of development.</summary>
    public Stage PortfolioStage => Stage switch
    {
        "Initiated" => Domain.Portfolio.Stage.Idea,
        "Acquisition and/or Development" => Domain.Portfolio.Stage.Pilot,
        "Implementation and Assessment" => Domain.Portfolio.Stage.EarlyProduction,
        "Operation and Maintenance" => Domain.Portfolio.Stage.ScaledRollout,
        "Retired" => Domain.Portfolio.Stage.Retired,
        _ => throw new InvalidOperationException($"Use case {SourceRecord} has an unknown stage '{Stage}'."),
    };

    /// <summary>Loads the 24 use cases embedded in this assembly, in source order.</summary>
    /// <exception cref="InvalidOperationException">The embedded resource is missing or empty.</exception>
    public static IReadOnlyList<SampleUseCase> LoadEmbedded()
    {
        using var stream = typeof(SampleUseCase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var cases = JsonSerializer.Deserialize<List<SampleUseCase>>(stream, options);
        return cases is { Count: > 0 } ? cases : throw new InvalidOperationException($"{ResourceName} holds no use cases.");
    }
}
