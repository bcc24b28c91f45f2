namespace OfficeGovernance.Application.Workbooks;

/// <summary>What a <see cref="WorkbookRoundTrip"/> saved.</summary>
/// <param name="ETag">The ETag of the saved version (Graph's driveItem eTag, or the SHA-256 of local bytes).</param>
/// <param name="GivenWorkbookId">The <c>Settings.WorkbookId</c> this save gave the workbook; null when it had one.</param>
/// <param name="Content">The .xlsx bytes saved.</param>
public sealed record WorkbookSaved(string ETag, Guid? GivenWorkbookId, byte[] Content);
