namespace OfficeGovernance.Application.WeeklyStatus;

/// <summary>The weekly status channel of each workbook.</summary>
public interface IStatusChannels
{
    /// <summary>The channel of one workbook; never shared with another workbook.</summary>
    /// <exception cref="ArgumentException">The id is not a valid workbook id.</exception>
    StatusChannel For(string workbookId);
}
