using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Classification;

/// <summary>
/// The structured inputs of the risk classifier (docs/rules.md#risk-classifier): what a workflow touches,
/// does, who sees it, how people check it, who owns it and how success is measured.
/// </summary>
public sealed record RiskInputs
{
    /// <summary>Data touched; empty when not declared.</summary>
    public IReadOnlySet<DataCategory> DataTouched { get; init; } = new HashSet<DataCategory>();
    /// <summary>Actions the AI takes; empty when none declared.</summary>
    public IReadOnlySet<WorkAction> Actions { get; init; } = new HashSet<WorkAction>();
    /// <summary>The audience; null when not declared.</summary>
    public Audience? Audience { get; init; }
    /// <summary>The human checkpoint; null when not declared.</summary>
    public HumanCheckpoint? HumanCheckpoint { get; init; }
    /// <summary>The owner as written; null when blank.</summary>
    public string? Owner { get; init; }
    /// <summary>The success metric in words; null when blank.</summary>
    public string? SuccessMetric { get; init; }
    /// <summary>
    /// Risk cues, each with its evidence, in cue order: those of an AI inventory row (docs/rules.md#inventory-import),
    /// or the text cues of an Initiatives row's Name, Workflow and Purpose.
    /// </summary>
    public IReadOnlyList<RiskCueEvidence> Cues { get; init; } = [];

    /// <summary>
    /// Context cues read from the same text (<see cref="RiskCue.ResearchTopic"/>, <see cref="RiskCue.BackOfficeWork"/>,
    /// <see cref="RiskCue.NamesPeople"/>, <see cref="RiskCue.ControlsEquipment"/>): they decide whether an M-25-21
    /// presumption named in the text holds (<see cref="PresumptionContext"/>), never a level by themselves, and never
    /// make a row count as described.
    /// </summary>
    public IReadOnlyList<RiskCueEvidence> Context { get; init; } = [];

    /// <summary>
    /// The text fields that describe the work (its purpose, outputs or topic), by name, such as "Workflow" or
    /// "Purpose"; empty when every such field is blank or a placeholder ("N/A", "TBD"). With no rule matching, no
    /// data and no action, an empty list makes the result Unassessed (docs/rules.md#risk-classifier).
    /// </summary>
    public IReadOnlyList<string> DescribedBy { get; init; } = [];

    /// <summary>
    /// True when anything describes the work: a describing text field, declared data or actions, or an inventory cue
    /// (a data or action answer such as PII or public dissemination).
    /// </summary>
    public bool DescribesWork => DescribedBy.Count > 0 || DataTouched.Count > 0 || Actions.Count > 0 || Cues.Count > 0;

    /// <summary>The evidence of every occurrence of <paramref name="cue"/>, joined with "; "; null when it is absent.</summary>
    public string? EvidenceOf(RiskCue cue)
    {
        var evidence = Cues.Where(c => c.Cue == cue).Select(c => c.Evidence).ToArray();
        return evidence.Length == 0 ? null : string.Join("; ", evidence);
    }

    /// <summary>
    /// The classifier inputs of an Initiatives row: its structured columns, and the text of its Name, Workflow and
    /// Purpose (<see cref="FromText"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="initiative"/> is null.</exception>
    public static RiskInputs From(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return FromText(initiative.Name, initiative.Workflow, initiative.Purpose) with
        {
            DataTouched = initiative.DataTouched,
            Actions = initiative.Actions,
            Audience = initiative.Audience,
            HumanCheckpoint = initiative.HumanCheckpoint,
            Owner = initiative.Owner,
            SuccessMetric = initiative.SuccessMetric,
        };
    }

    /// <summary>
    /// The text inputs of a workflow: the cues of its name, workflow and purpose, read with the same phrase lists as
    /// an inventory row (docs/rules.md#risk-classifier: one classifier for the review, classify, the import and the task
    /// pane), and which of workflow and purpose describe the work (the name alone does not). Any argument may be null.
    /// </summary>
    public static RiskInputs FromText(string? name, string? workflow, string? purpose)
    {
        var texts = new (string Field, string? Text)[]
        {
            (nameof(Initiative.Name), name),
            (nameof(Initiative.Workflow), workflow),
            (nameof(Initiative.Purpose), purpose),
        };
        return new RiskInputs
        {
            Cues = InventoryRiskMapper.TextCues(texts),
            Context = InventoryRiskMapper.ContextCues(texts),
            DescribedBy = texts.Skip(1).Where(t => DescriptionText.Describes(t.Text)).Select(t => t.Field).ToArray(),
        };
    }
}
