using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// Runs a verb's body and turns its failures into the exit codes of docs/rules.md#command-line: every input problem on
/// stderr with exit 2; anything unexpected reported with exit 1 (never swallowed).
/// </summary>
internal static class VerbRunner
{
    // Azure.Core gives up on an unreachable endpoint with an AggregateException of its attempts (or one
    // RequestFailedException with status 0 when it got no answer).
    private static bool IsStoreUnreachable(Exception exception) => exception switch
    {
        Azure.RequestFailedException { Status: 0 } => true,
        AggregateException many => many.InnerExceptions.Count > 0 && many.InnerExceptions.All(e =>
            e is Azure.RequestFailedException { Status: 0 } or HttpRequestException or TaskCanceledException),
        _ => false,
    };

    private static string FirstMessage(Exception exception)
    {
        var first = exception is AggregateException many ? many.InnerExceptions[0] : exception;
        var message = (first.InnerException ?? first).Message.Split('\n')[0].Trim();
        return message.EndsWith('.') ? message : message + ".";
    }

    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (WorkbookValidationException invalid)
        {
            foreach (var problem in invalid.Problems)
            {
                await context.Error.WriteLineAsync(problem.ToString());
            }
            await context.Error.WriteLineAsync($"{invalid.Problems.Count} problem(s); nothing was written.");
            return ExitCodes.InvalidInput;
        }
        catch (WorkbookBindingConflictException copy)
        {
            await context.Error.WriteLineAsync(copy.Message);
            return ExitCodes.InvalidInput;
        }
        catch (ArgumentException invalid)
        {
            await context.Error.WriteLineAsync(invalid.Message);
            return ExitCodes.InvalidInput;
        }
        catch (IdempotencyKeyConflictException reused)
        {
            await context.Error.WriteLineAsync(reused.Message);
            return ExitCodes.InvalidInput;
        }
        catch (DecisionLogTornException torn)
        {
            await context.Error.WriteLineAsync(torn.Message);
            return ExitCodes.BrokenChain;
        }
        catch (DecisionLogCorruptException corrupt)
        {
            await context.Error.WriteLineAsync($"The decision log cannot be read: {corrupt.Message}");
            return ExitCodes.Failure;
        }
        catch (LogHeadAnchorUnavailableException anchor)
        {
            // One line naming the anchor's container and setting (docs/rules.md#decision-log, the anchor).
            await context.Error.WriteLineAsync(anchor.Message);
            return ExitCodes.Failure;
        }
        catch (SignInRequiredException signIn)
        {
            await context.Error.WriteLineAsync(signIn.Message);
            return ExitCodes.Failure;
        }
        catch (Exception unreachable) when (IsStoreUnreachable(unreachable))
        {
            // One line naming the store and the settings that chose it, never the SDK's stack (issue 23, finding 7).
            await context.Error.WriteLineAsync(
                "The decision log's Table Storage cannot be reached (chosen by --decision-log, " +
                $"{DecisionLogLocation.TableConnectionSetting} or {DecisionLogLocation.TableEndpointSetting}): " +
                $"{FirstMessage(unreachable)} Nothing was written.");
            return ExitCodes.Failure;
        }
        catch (WorkbookConflictException changed)
        {
            // A local file's id is its path: the message a changed file always gave (docs/rules.md#written-workbooks).
            await context.Error.WriteLineAsync($"{changed.WorkbookId} changed since it was read; run the command again.");
            return ExitCodes.Failure;
        }
        catch (Exception unexpected) when (unexpected is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync(unexpected.Message);
            return ExitCodes.Failure;
        }
    }
}
