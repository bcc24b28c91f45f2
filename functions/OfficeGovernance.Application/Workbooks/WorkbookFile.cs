namespace OfficeGovernance.Application.Workbooks;

/// <summary>A workbook's content as stored, with the ETag that identifies this version of it.</summary>
/// <param name="Bytes">The .xlsx file's bytes.</param>
/// <param name="ETag">An opaque version tag; it changes whenever the content does.</param>
public sealed record WorkbookFile(byte[] Bytes, string ETag);
