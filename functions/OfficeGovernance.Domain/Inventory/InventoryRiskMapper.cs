using OfficeGovernance.Domain.Classification;

namespace OfficeGovernance.Domain.Inventory;

/// <summary>
/// Maps an inventory use case onto the risk classifier's inputs (docs/rules.md#inventory-import). It reads
/// only the classifier-input fields: Name, TopicArea, Purpose and Outputs as text, and InvolvesPii,
/// PublicFacingService, DisseminatesToPublic, DemographicFeatures, FaceRecognition and AiClassification. It never
/// reads the declared impact, nor the agency, bureau, stage, dates or contact, so the computed level cannot echo the
/// agency's own label. TopicArea, Purpose and Outputs are the text that describes the work; the name alone does not
/// (docs/rules.md#risk-classifier: "no purpose, outputs or topic text"). The same text and an InvolvesPii answer of No also
/// give the context cues that decide whether an M-25-21 presumption holds (<see cref="PresumptionContext"/>).
/// </summary>
public static class InventoryRiskMapper
{
    private static readonly PhraseMatcher Matcher = new(InventoryCueLexicon.All);
    private static readonly PhraseMatcher ContextMatcher = new(InventoryCueLexicon.Context);
    private static readonly RiskCue[] ContextCueOrder = InventoryCueLexicon.Context.Select(entry => entry.Cue).ToArray();
    private static readonly RiskCue[] TextCueOrder = InventoryCueLexicon.All.Select(entry => entry.Cue).ToArray();

    /// <summary>
    /// The classifier inputs of <paramref name="useCase"/>: its cues, each with evidence quoting the field and the
    /// phrase or answer, and the text fields that describe the work. Data, actions, audience, checkpoint, owner and
    /// success metric are left undeclared.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="useCase"/> is null.</exception>
    public static RiskInputs ToInputs(InventoryUseCase useCase) => ToInputs(useCase, Matcher);

    /// <summary>
    /// <see cref="ToInputs(InventoryUseCase)"/> with the phrases of <paramref name="matcher"/>: the leave-agencies-out
    /// evaluation classifies each agency with the phrase lists as tuned without its rows.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RiskInputs ToInputs(InventoryUseCase useCase, PhraseMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        ArgumentNullException.ThrowIfNull(matcher);
        var cues = new List<RiskCueEvidence>();
        var texts = new (string Field, string? Text)[]
        {
            (nameof(InventoryUseCase.Name), useCase.Name),
            (nameof(InventoryUseCase.TopicArea), useCase.TopicArea),
            (nameof(InventoryUseCase.Purpose), useCase.Purpose),
            (nameof(InventoryUseCase.Outputs), useCase.Outputs),
        };
        // Split each text once; the risk and the context matchers both read the words.
        var words = texts.Select(t => (t.Field, Words: PhraseMatcher.Words(t.Text))).ToArray();
        cues.AddRange(Evidence(words, matcher, TextCueOrder));
        var context = Evidence(words, ContextMatcher, ContextCueOrder);
        if (useCase.AiClassification is { } kind && kind.Contains("agentic", StringComparison.OrdinalIgnoreCase))
        {
            cues.Add(new RiskCueEvidence(RiskCue.AgenticAi, $"AiClassification is \"{kind.Trim()}\""));
        }
        if (useCase.FaceRecognition == SurveyAnswer.Yes)
        {
            cues.Add(new RiskCueEvidence(RiskCue.Biometrics, "FaceRecognition is Yes"));
        }
        if (DemographicFeatureText.Present(useCase.DemographicFeatures) is { } features)
        {
            cues.Add(new RiskCueEvidence(RiskCue.DemographicFeatures, $"DemographicFeatures is \"{features}\""));
        }
        AddYes(cues, RiskCue.PublicDissemination, nameof(InventoryUseCase.DisseminatesToPublic), useCase.DisseminatesToPublic);
        AddYes(cues, RiskCue.PublicFacingService, nameof(InventoryUseCase.PublicFacingService), useCase.PublicFacingService);
        AddYes(cues, RiskCue.PersonalData, nameof(InventoryUseCase.InvolvesPii), useCase.InvolvesPii);
        if (useCase.InvolvesPii == SurveyAnswer.No && DemographicFeatureText.Present(useCase.DemographicFeatures) is null)
        {
            context = [.. context, new RiskCueEvidence(RiskCue.NoPersonalData, "InvolvesPii is No")];
        }
        var described = texts.Skip(1).Where(t => DescriptionText.Describes(t.Text)).Select(t => t.Field).ToArray();
        return new RiskInputs { Cues = cues, Context = context, DescribedBy = described };
    }

    /// <summary>
    /// The context cues of <paramref name="texts"/> (<see cref="InventoryCueLexicon.Context"/>), read like
    /// <see cref="TextCues(IEnumerable{ValueTuple{string, string}})"/>: they qualify a presumption
    /// (<see cref="PresumptionContext"/>) but never set a level or describe the work by themselves.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public static IReadOnlyList<RiskCueEvidence> ContextCues(IEnumerable<(string Field, string? Text)> texts) =>
        TextCues(texts, ContextMatcher, ContextCueOrder);

    /// <summary>
    /// The text cues of <paramref name="texts"/> (each a field name and its text), by cue in lexicon order, each with
    /// evidence quoting the field and the phrases, such as <c>Purpose mentions "eligibility"</c>. The one reading of
    /// text for the classifier: an inventory row's Name, TopicArea, Purpose and Outputs, and an Initiatives row's
    /// Name, Workflow and Purpose (<see cref="RiskInputs.From"/>), so an imported row and its review agree.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public static IReadOnlyList<RiskCueEvidence> TextCues(IEnumerable<(string Field, string? Text)> texts) =>
        TextCues(texts, Matcher, TextCueOrder);

    private static IReadOnlyList<RiskCueEvidence> TextCues(
        IEnumerable<(string Field, string? Text)> texts, PhraseMatcher matcher, IReadOnlyList<RiskCue> order)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Evidence(texts.Select(t => (t.Field, PhraseMatcher.Words(t.Text))).ToArray(), matcher, order);
    }

    private static IReadOnlyList<RiskCueEvidence> Evidence(
        (string Field, string[] Words)[] texts, PhraseMatcher matcher, IReadOnlyList<RiskCue> order)
    {
        var found = texts.Select(t => (t.Field, Phrases: matcher.Find(t.Words))).ToArray();
        return order.SelectMany(cue => TextEvidence(cue, found)).ToArray();
    }

    private static IEnumerable<RiskCueEvidence> TextEvidence(
        RiskCue cue, IEnumerable<(string Field, IReadOnlyList<(RiskCue Cue, string Phrase)> Phrases)> found)
    {
        foreach (var (field, phrases) in found)
        {
            var quoted = phrases
                .Where(p => p.Cue == cue)
                .Select(p => $"\"{p.Phrase}\"")
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (quoted.Length > 0)
            {
                yield return new RiskCueEvidence(cue, $"{field} mentions {string.Join(", ", quoted)}");
            }
        }
    }

    private static void AddYes(List<RiskCueEvidence> cues, RiskCue cue, string field, SurveyAnswer answer)
    {
        if (answer == SurveyAnswer.Yes)
        {
            cues.Add(new RiskCueEvidence(cue, $"{field} is Yes"));
        }
    }
}
