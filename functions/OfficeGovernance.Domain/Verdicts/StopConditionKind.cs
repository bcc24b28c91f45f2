using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.Verdicts;

/// <summary>The stop conditions of docs/rules.md#stop-conditions; any one pauses the work.</summary>
public enum StopConditionKind
{
    /// <summary>Owner blank or not an email.</summary>
    NoOwner,
    /// <summary>Customer personal or regulated data while the checkpoint is None or Spot-check.</summary>
    CustomerDataWithoutReview,
    /// <summary>Changes permissions, billing or production without a logged Launch/Exception by a High-risk approver.</summary>
    UnapprovedHighImpactChange,
    /// <summary>No SuccessMetric or no Metrics rows.</summary>
    SuccessNotMeasurable,
    /// <summary>FailureVisibility is Invisible.</summary>
    InvisibleFailure,
    /// <summary>An agent lacks an owner, kill-switch owner or rollback path, or works unsupervised on High risk.</summary>
    AgentUncontrolled,
    /// <summary>RiskLevel is blank and the classifier finds the use case undescribed (docs/rules.md#risk-classifier).</summary>
    RiskNotAssessed,
}
