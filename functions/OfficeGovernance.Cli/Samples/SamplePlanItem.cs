namespace OfficeGovernance.Cli.Samples;

/// <summary>One use case of the sample with the scenario it is built for.</summary>
/// <param name="Index">Its position in the sample, 0-based.</param>
/// <param name="UseCase">The real use case.</param>
/// <param name="Scenario">What the sample makes of it.</param>
/// <param name="Id">The InitiativeId: agency abbreviation and source record, such as <c>DOC-0228</c>.</param>
public sealed record SamplePlanItem(int Index, SampleUseCase UseCase, SampleScenario Scenario, string Id);
