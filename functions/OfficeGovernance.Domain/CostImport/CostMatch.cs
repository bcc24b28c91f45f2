using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>What a CostAllocation rule compares with a FOCUS charge (docs/rules.md#cost-import, CostAllocation.Match).</summary>
public enum CostMatch
{
    /// <summary>The value of the tag named by Key (keys trimmed, case-insensitive).</summary>
    Tag,
    /// <summary>The charge's SubAccountId or SubAccountName.</summary>
    [Label("Sub-account")]
    SubAccount,
    /// <summary>The start of the charge's ResourceId (a prefix, such as a resource group's id).</summary>
    Resource,
    /// <summary>The charge's ServiceName.</summary>
    Service,
}
