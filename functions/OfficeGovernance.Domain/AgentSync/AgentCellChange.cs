using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.AgentSync;

/// <summary>One cell the sync changes in an existing Agents row.</summary>
/// <param name="Row">The Agents data row, 1-based (as <see cref="Agent.Row"/>).</param>
/// <param name="AgentId">The row's AgentId.</param>
/// <param name="Column">The Agents column: Owner, KillSwitchOwner or Status.</param>
/// <param name="Before">The value before; null when blank.</param>
/// <param name="After">The value written.</param>
public sealed record AgentCellChange(int Row, string AgentId, string Column, string? Before, string After);
