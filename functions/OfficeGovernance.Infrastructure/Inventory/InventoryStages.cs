using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// Maps a source stage onto the portfolio stage (docs/rules.md#inventory-import, Stage). Official values map silently
/// (2024/DHS: Initiated -> Idea, Acquisition and/or Development -> Pilot, Implementation and Assessment -> Early
/// production, Operation and Maintenance -> Scaled rollout, Retired or Disposal/Retired -> Retired; 2025:
/// Pre-deployment -> Idea, Pilot, Deployed -> Scaled rollout, Retired). Two obvious synonyms are repaired and
/// reported: "In production" -> Scaled rollout and "Ideation" -> Idea. Anything else ("Planned", "In mission",
/// blank) is no stage, reported; it is never guessed.
/// </summary>
internal static class InventoryStages
{
    private static readonly Dictionary<string, Stage> Synonyms = new(StringComparer.Ordinal)
    {
        ["in production"] = Stage.ScaledRollout,
        ["ideation"] = Stage.Idea,
    };

    /// <summary>The outcome of mapping one stage value.</summary>
    /// <param name="Stage">The portfolio stage, or null.</param>
    /// <param name="Repair">Set when a synonym was mapped: the message.</param>
    /// <param name="Rejection">Set when no stage could be given: the message.</param>
    public readonly record struct Outcome(Stage? Stage, string? Repair, string? Rejection);

    /// <summary>Maps the stage text of a row.</summary>
    public static Outcome Map(InventoryLayout layout, string? raw)
    {
        var key = InventoryText.AnswerKey(raw);
        if (key is null)
        {
            return new Outcome(null, null, "no stage of development is given; the stage is left empty");
        }
        if (layout.Stages.TryGetValue(key, out var stage))
        {
            return new Outcome(stage, null, null);
        }
        if (Synonyms.TryGetValue(key, out var synonym))
        {
            return new Outcome(synonym, $"not an official stage; read as {EnumLabels<Stage>.Label(synonym)}", null);
        }
        var official = string.Join(", ", layout.Stages.Keys);
        return new Outcome(null, null, $"not an official stage ({official}); the stage is left empty");
    }
}
