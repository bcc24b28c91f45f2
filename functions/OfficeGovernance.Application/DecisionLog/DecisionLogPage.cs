using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Application.DecisionLog;

/// <summary>One page of a decision log, in chain order (docs/rules.md#decision-log, list).</summary>
/// <param name="Entries">At most the page's limit of entries, each with a sequence above the request's <c>after</c>.</param>
/// <param name="NextAfter">The sequence to pass as <c>after</c> for the next page (this page's last); null when this page ends the log.</param>
public sealed record DecisionLogPage(IReadOnlyList<DecisionEntry> Entries, long? NextAfter);
