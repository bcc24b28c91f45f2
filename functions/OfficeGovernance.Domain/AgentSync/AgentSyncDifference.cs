namespace OfficeGovernance.Domain.AgentSync;

/// <summary>A value the workbook and Entra disagree on that the sync reports and never overwrites.</summary>
/// <param name="AgentId">The row's AgentId.</param>
/// <param name="Column">The Agents column (Owner, KillSwitchOwner, Name).</param>
/// <param name="Workbook">The workbook's value.</param>
/// <param name="Entra">What Entra lists (owners or sponsors joined with "; ", or the display name).</param>
public sealed record AgentSyncDifference(string AgentId, string Column, string Workbook, string Entra);
