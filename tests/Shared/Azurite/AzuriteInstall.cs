using System.Diagnostics;

namespace OfficeGovernance.Tests.Shared.Azurite;

/// <summary>
/// Runs <c>npm ci</c> in tests/azurite once when Azurite is missing; an exclusive lock file keeps parallel test runs
/// from installing over each other (the lock lives in the temp directory, outside the repository).
/// </summary>
internal static class AzuriteInstall
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(5);

    public static async Task EnsureAsync(string azuriteDir, string mainScript)
    {
        if (File.Exists(mainScript))
        {
            return;
        }

        await using var gate = await AcquireAsync(Path.Combine(Path.GetTempPath(), "officegovernance-azurite-npm-ci.lock"));
        if (File.Exists(mainScript))
        {
            return;
        }

        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = azuriteDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("ci");
        start.ArgumentList.Add("--no-audit");
        start.ArgumentList.Add("--no-fund");
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        var stdout = npm.StandardOutput.ReadToEndAsync();
        var stderr = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0 || !File.Exists(mainScript))
        {
            throw new InvalidOperationException(
                $"npm ci in {azuriteDir} exited with {npm.ExitCode}:\n{await stdout}\n{await stderr}");
        }
    }

    private static async Task<FileStream> AcquireAsync(string lockPath)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockTimeout)
            {
                await Task.Delay(250);
            }
        }
    }
}
