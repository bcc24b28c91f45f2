using OfficeGovernance.Domain.DecisionLog;

namespace OfficeGovernance.Functions.Http.Problems;

/// <summary>
/// A decision log that cannot be read answers as a broken chain (docs/rules.md#decision-log): 409 naming the line of a torn
/// write, or saying the log does not read as a chain, never 500 and never the server's path to the log.
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
        catch (DecisionLogCorruptException)
        {
            return ApiProblems.Status(StatusCodes.Status409Conflict, "The decision chain is broken.",
                "The workbook's decision log does not read as a chain of entries; nothing was written. Run " +
                "'decisions verify' where the log is kept to see the line or row.");
        }
    }
}
