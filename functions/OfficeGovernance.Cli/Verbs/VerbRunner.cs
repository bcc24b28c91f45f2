using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// Runs a verb's body and turns its failures into the exit codes of PRODUCT.md section 5: every input problem on
/// stderr with exit 2; anything unexpected reported with exit 1 (never swallowed).
/// </summary>
internal static class VerbRunner
{
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
        catch (SignInRequiredException signIn)
        {
            await context.Error.WriteLineAsync(signIn.Message);
            return ExitCodes.Failure;
        }
        catch (Exception unexpected) when (unexpected is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync(unexpected.Message);
            return ExitCodes.Failure;
        }
    }
}
