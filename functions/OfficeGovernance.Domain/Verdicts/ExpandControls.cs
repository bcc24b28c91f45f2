namespace OfficeGovernance.Domain.Verdicts;

/// <summary>The three expand controls of docs/rules.md#expand-controls ("does the company control the pilot?").</summary>
public sealed record ExpandControls(ControlResult StopAuthority, ControlResult FullCost, ControlResult RollbackReady)
{
    /// <summary>True when all three pass.</summary>
    public bool AllPass => StopAuthority.Passed && FullCost.Passed && RollbackReady.Passed;
}
