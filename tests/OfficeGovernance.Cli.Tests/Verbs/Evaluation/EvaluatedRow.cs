using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Cli.Tests.Verbs.Evaluation;

/// <summary>One use case of a development file, classified twice.</summary>
/// <param name="File">The file's label in the README tables.</param>
/// <param name="UseCase">The use case.</param>
/// <param name="Shipped">Its classification with the shipped phrase lists (tuned on every agency).</param>
/// <param name="HeldOut">Its classification with the phrase lists tuned without its agency's rows.</param>
/// <param name="AlonePhrase">The phrase that alone put it in High with every candidate phrase, or null.</param>
public sealed record EvaluatedRow(
    string File, InventoryUseCase UseCase, InventoryClassification Shipped, InventoryClassification HeldOut, string? AlonePhrase);
