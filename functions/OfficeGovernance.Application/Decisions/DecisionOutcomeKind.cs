namespace OfficeGovernance.Application.Decisions;

/// <summary>How a decision ended (docs/rules.md#decision-rights, docs/rules.md#decision-log).</summary>
public enum DecisionOutcomeKind
{
    /// <summary>Appended to the log now.</summary>
    Recorded,

    /// <summary>A repeat of the same idempotency key and content: the first entry, nothing written.</summary>
    Replayed,

    /// <summary>The decision rights do not allow it; nothing written.</summary>
    Refused,

    /// <summary>The workbook's Initiatives table has no such InitiativeId; nothing written.</summary>
    UnknownInitiative,

    /// <summary>The id is bound to another stored workbook, which the approver cannot read (a Rebind); nothing written.</summary>
    HolderUnreadable,

    /// <summary>The id is bound to another stored workbook that is no longer stored (a Rebind); nothing written.</summary>
    HolderGone,
}
