namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>
/// One page of <c>GET /api/decisions</c> (docs/rules.md#decision-log, list): entries in chain order, and the cursor of
/// the next page.
/// </summary>
/// <param name="Entries">At most <c>limit</c> entries with a sequence above the request's <c>after</c>, oldest first.</param>
/// <param name="NextAfter">The <c>after</c> of the next page (this page's last sequence); null when this page ends the log.</param>
public sealed record DecisionPageDocument(IReadOnlyList<DecisionDocument> Entries, long? NextAfter);
