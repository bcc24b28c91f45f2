namespace OfficeGovernance.Domain.Workbooks;

/// <summary>A cell fill given by the cell's text: a verdict or RAG colour.</summary>
/// <param name="Value">The text that gets the fill, such as <c>Stop</c> or <c>Red</c>.</param>
/// <param name="Colour">The solid fill, six hex digits RGB such as <c>FFC7CE</c>.</param>
public sealed record ValueFill(string Value, string Colour);
