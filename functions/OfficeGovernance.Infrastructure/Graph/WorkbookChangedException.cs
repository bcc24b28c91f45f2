namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>
/// An upload was refused because the workbook changed since it was read (Graph answered 412 Precondition Failed to
/// If-Match). Nothing was written; the other writer's edit stands. The caller downloads again, reviews again and
/// retries (docs/rules.md#weekly-run-through-graph).
/// </summary>
public sealed class WorkbookChangedException : Exception
{
    /// <summary>Creates the exception for one driveItem.</summary>
    /// <param name="driveId">The drive id.</param>
    /// <param name="itemId">The driveItem id.</param>
    /// <param name="staleETag">The eTag the upload was conditional on.</param>
    /// <param name="inner">Graph's error.</param>
    public WorkbookChangedException(string driveId, string itemId, string staleETag, Exception? inner)
        : base($"Workbook {driveId}/{itemId} changed since it was read (eTag {staleETag} is stale); nothing was written.", inner)
    {
        DriveId = driveId;
        ItemId = itemId;
        StaleETag = staleETag;
    }

    /// <summary>The drive id.</summary>
    public string DriveId { get; }

    /// <summary>The driveItem id.</summary>
    public string ItemId { get; }

    /// <summary>The eTag the refused upload was conditional on.</summary>
    public string StaleETag { get; }
}
