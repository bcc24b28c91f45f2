namespace OfficeGovernance.Domain.Verdicts;

/// <summary>Red/Amber/Green rating of a layer.</summary>
public enum Rag
{
    /// <summary>In order.</summary>
    Green,
    /// <summary>Needs attention.</summary>
    Amber,
    /// <summary>Blocks the work.</summary>
    Red,
}
