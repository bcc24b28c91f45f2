namespace OfficeGovernance.Domain.DecisionLog;

/// <summary>What <see cref="LogHeadAnchorCheck"/> found (docs/rules.md#decision-log, the anchor).</summary>
/// <param name="Checked">True when at least one anchored head was compared with the log; false when no anchor store is
/// configured or it holds no head of this log yet (the message says so: never silence read as truth).</param>
/// <param name="IsIntact">False when an anchored head disagrees with the log (a broken chain: exit 3, 409).</param>
/// <param name="Broken">The first anchored head that disagrees (lowest sequence); null when none does.</param>
/// <param name="LogHas">What the log has instead, in words (<c>hash 3f…</c> or <c>only 41 entries</c>); null when intact.</param>
/// <param name="Message">One sentence: which anchor was checked and matched, that it was not checked and why, or what disagrees.</param>
public sealed record LogHeadAnchorResult(bool Checked, bool IsIntact, LogHeadAnchor? Broken, string? LogHas, string Message);
