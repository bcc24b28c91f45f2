namespace OfficeGovernance.Infrastructure.Graph;

/// <summary>A workbook's bytes and the eTag they were read under (docs/rules.md#weekly-run-through-graph).</summary>
/// <param name="Content">The .xlsx file as stored.</param>
/// <param name="ETag">The driveItem eTag, opaque, quotes included as Graph sends it; pass it back to upload.</param>
public sealed record StoredWorkbook(byte[] Content, string ETag);
