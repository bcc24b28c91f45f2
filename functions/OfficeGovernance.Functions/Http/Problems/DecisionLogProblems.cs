using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Functions.Http.Problems;

/// <summary>
/// A decision log that cannot be read answers as a broken chain (docs/rules.md#decision-log): 409 naming the line of a torn
/// write, or saying the log does not read as a chain, never 500 and never the server's path to the log; a configured
/// anchor store that cannot be read answers 503 naming the store and its setting.
/// </summary>
public static class DecisionLogProblems
{
    /// <summary>The handler's answer, or a 409 problem when the workbook's decision log cannot be read.</summary>
    public static async Task<IResult> Guarded(this Task<IResult> handling)
    {
        ArgumentNullException.ThrowIfNull(handling);
        try
        {
            return await handling;
        }
        catch (DecisionLogTornException torn)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The decision chain is broken.", torn.Message,
                new Dictionary<string, object?> { ["firstBrokenSequence"] = torn.LineNumber, ["entryCount"] = torn.EntriesBefore });
        }
        catch (LogHeadAnchorUnavailableException unreadable)
        {
            // The store is named by its container and setting, never by a key (docs/rules.md#decision-log, the anchor).
            return ApiProblems.Status(StatusCodes.Status503ServiceUnavailable, "The decision log's anchor cannot be read.",
                unreadable.Message);
        }
        catch (DecisionLogCorruptException)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The decision chain is broken.",
                "The workbook's decision log does not read as a chain of entries; nothing was written. Run " +
                "'decisions verify' where the log is kept to see the line or row.");
        }
    }
}
