using OfficeGovernance.Application.Classification;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Tests.Classification;

public class WorkflowClassificationTests
{
    private static ProposedWorkflow Workflow(IReadOnlyList<string>? data = null, IReadOnlyList<string>? actions = null,
        string? audience = null, string? purpose = null) =>
        new(data, actions, audience, null, "ann@example.org", "Hours saved", purpose, null, null);

    [Fact]
    public void Classify_UnknownLabels_NamesEachFieldWithItsIndexAndClassifiesNothing()
    {
        var result = WorkflowClassification.Classify(Workflow(["CustomerPersonal", "Secrets"], ["Draft"], "Everyone"), out var errors);

        Assert.Null(result);
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("dataTouched[1]: 'Secrets' is not one of ", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("audience: 'Everyone' is not one of ", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_NothingDescribed_IsUnassessed()
    {
        var result = WorkflowClassification.Classify(Workflow(), out var errors);

        Assert.Empty(errors);
        Assert.Equal(RiskLevel.Unassessed, result!.Level);
    }

    [Fact]
    public void Classify_BlankLabels_AreIgnoredNotRefused()
    {
        var result = WorkflowClassification.Classify(Workflow(["  "], [""], " ", purpose: "Drafts replies to citizens' benefit claims"), out var errors);

        Assert.Empty(errors);
        Assert.NotNull(result);
    }
}
