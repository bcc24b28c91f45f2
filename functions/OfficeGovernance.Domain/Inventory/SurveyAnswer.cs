namespace OfficeGovernance.Domain.Inventory;

/// <summary>A yes/no survey answer after normalisation ("a) No", "Yes.", "N/A" ...).</summary>
public enum SurveyAnswer
{
    /// <summary>Yes.</summary>
    Yes,
    /// <summary>No.</summary>
    No,
    /// <summary>Blank, N/A, or an answer that is neither.</summary>
    Unknown,
}
