namespace OfficeGovernance.Domain.Finance;

/// <summary>
/// What the report could verify of the decision log (docs/rules.md#finance-report). Entries before the first broken one
/// are verified; that entry and every later one are not, and no approval rests on them.
/// </summary>
/// <param name="IsIntact">True when the whole chain verified.</param>
/// <param name="EntryCount">Entries read.</param>
/// <param name="VerifiedCount">Entries the chain vouches for (all of them when intact).</param>
/// <param name="Message">The verification's finding, in words.</param>
public sealed record DecisionLogStatus(bool IsIntact, int EntryCount, int VerifiedCount, string Message);
