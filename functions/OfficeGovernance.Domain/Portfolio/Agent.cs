namespace OfficeGovernance.Domain.Portfolio;

/// <summary>One row of the Agents table (docs/rules.md#workbook-contract): an AI agent working for an initiative.</summary>
public sealed record Agent
{
    /// <summary>The unique agent id.</summary>
    public required string Id { get; init; }
    /// <summary>
    /// The initiative the agent works for (an existing InitiativeId); null only on a row <c>sync-agents</c> added (one
    /// with an <see cref="EntraObjectId"/>): an agent outside the portfolio (docs/rules.md#agent-sync).
    /// </summary>
    public string? InitiativeId { get; init; }
    /// <summary>The display name.</summary>
    public required string Name { get; init; }
    /// <summary>The agent's owner; null when blank (a stop condition).</summary>
    public string? Owner { get; init; }
    /// <summary>Who can switch the agent off; null when blank (a stop condition).</summary>
    public string? KillSwitchOwner { get; init; }
    /// <summary>The vendor; null when blank.</summary>
    public string? Vendor { get; init; }
    /// <summary>The model; null when blank.</summary>
    public string? Model { get; init; }
    /// <summary>The prompt version; null when blank.</summary>
    public string? PromptVersion { get; init; }
    /// <summary>The autonomy; null when blank.</summary>
    public AgentAutonomy? Autonomy { get; init; }
    /// <summary>What the agent may do; empty when blank.</summary>
    public IReadOnlySet<WorkAction> Permissions { get; init; } = new HashSet<WorkAction>();
    /// <summary>What data the agent reaches; empty when blank.</summary>
    public IReadOnlySet<DataCategory> DataAccess { get; init; } = new HashSet<DataCategory>();
    /// <summary>Whether a person approves the agent's actions; null when blank (read as no).</summary>
    public bool? HumanApproval { get; init; }
    /// <summary>The expected behaviour; null when blank.</summary>
    public string? ExpectedBehavior { get; init; }
    /// <summary>How to roll the agent back; null when blank (a stop condition).</summary>
    public string? RollbackPath { get; init; }
    /// <summary>The agent's status; null when blank.</summary>
    public AgentStatus? Status { get; init; }
    /// <summary>When the agent was last reviewed; null when blank.</summary>
    public DateOnly? LastReviewed { get; init; }
    /// <summary>
    /// The agent identity's object id in Microsoft Entra Agent ID, kept by <c>sync-agents</c>
    /// (docs/rules.md#agent-sync); null for an agent typed by hand and never synced.
    /// </summary>
    public string? EntraObjectId { get; init; }
    /// <summary>The table data row this came from, 1-based.</summary>
    public int Row { get; init; }
}
