using Azure.Core;
using Azure.Identity;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>What a verb needs from its surroundings: where to write, the clock, new ids, settings and the signed-in identity.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: problems.</param>
/// <param name="Time">The clock (UTC); tests pass a fake.</param>
/// <param name="NewId">Makes a new decision id; tests pass a deterministic one.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time, Func<string> NewId)
{
    /// <summary>Makes the <c>Settings.WorkbookId</c> written on the first write into a workbook (PRODUCT.md section 1).</summary>
    public Func<Guid> NewWorkbookId { get; init; } = Guid.NewGuid;

    /// <summary>Reads a setting by its environment-variable name (<c>DecisionLog__TableConnection</c>); null when unset.</summary>
    public Func<string, string?> Setting { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>
    /// The signed-in identity: reaches Table Storage by endpoint and names the approver of a decision in a shared log
    /// (PRODUCT.md section 3). Created on first use, so verbs that need none never look for one.
    /// </summary>
    public Lazy<TokenCredential> Credential { get; init; } = new(() => new DefaultAzureCredential());

    /// <summary>The console, the system clock, random GUIDs, the environment and <see cref="DefaultAzureCredential"/>.</summary>
    public static CliContext Console() =>
        new(System.Console.Out, System.Console.Error, TimeProvider.System, () => Guid.NewGuid().ToString("N"));
}
