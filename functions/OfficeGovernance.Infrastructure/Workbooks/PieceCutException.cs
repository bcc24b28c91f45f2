namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// A worksheet part could not be read in pieces (<see cref="WorksheetPieces"/>): it has no place to cut, a cut fell
/// inside something other than the sheet's rows. Never leaves <see cref="WorksheetPieces"/>: the part is then read
/// again in one piece, which finds the same cells or names what is wrong with the part.
/// </summary>
internal sealed class PieceCutException : Exception
{
    /// <summary>A cut that the bytes did not allow.</summary>
    public PieceCutException(string message)
        : base(message)
    {
    }
}
