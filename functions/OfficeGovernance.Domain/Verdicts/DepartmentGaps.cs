namespace OfficeGovernance.Domain.Verdicts;

/// <summary>
/// How many initiatives of one department lack each basic of the operating layer (docs/rules.md#stop-conditions and
/// docs/rules.md#expand-controls: stop
/// conditions and expand controls; seed: "the gaps in that list are the operating system telling you where to start").
/// </summary>
/// <param name="Department">The department; "(none)" for a blank Department, or a label for a group of departments.</param>
/// <param name="Initiatives">Initiatives counted (Retired ones are not).</param>
/// <param name="NoOwner">Without an owner (Owner blank or not an email).</param>
/// <param name="NoScorecard">Without any Metrics rows.</param>
/// <param name="NoCap">With a monthly budget cap of 0.</param>
/// <param name="NoRollbackPlan">With RollbackPlan blank.</param>
/// <param name="NoStopAuthority">With StopAuthority blank.</param>
public sealed record DepartmentGaps(
    string Department, int Initiatives, int NoOwner, int NoScorecard, int NoCap, int NoRollbackPlan, int NoStopAuthority)
{
    /// <summary>The sum of every gap count (an initiative lacking two things counts twice).</summary>
    public int Total => NoOwner + NoScorecard + NoCap + NoRollbackPlan + NoStopAuthority;

    /// <summary>This row added to <paramref name="other"/>, under <paramref name="label"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public DepartmentGaps Plus(DepartmentGaps other, string label)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DepartmentGaps(label, Initiatives + other.Initiatives, NoOwner + other.NoOwner,
            NoScorecard + other.NoScorecard, NoCap + other.NoCap, NoRollbackPlan + other.NoRollbackPlan,
            NoStopAuthority + other.NoStopAuthority);
    }
}
