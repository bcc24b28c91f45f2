using System.ComponentModel;
using System.Diagnostics;

namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>Runs a program to completion and captures its output.</summary>
public static class Command
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static CommandResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{fileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} ran longer than {Timeout}");
        }
        return new CommandResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Whether <paramref name="fileName"/> is on the PATH.</summary>
    public static bool Exists(string fileName)
    {
        try
        {
            return Run(fileName, ["--version"]).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }
}
