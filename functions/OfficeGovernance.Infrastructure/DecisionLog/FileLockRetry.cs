namespace OfficeGovernance.Infrastructure.DecisionLog;

/// <summary>
/// Opens a file that another process may hold exclusively, retrying with a short, bounded, jittered backoff.
/// Only sharing failures are retried: a missing directory, a missing file or a denied permission is thrown at once.
/// </summary>
/// <param name="Attempts">How many opens to try before the last failure is thrown.</param>
/// <param name="FirstDelay">The wait after the first failure; it doubles up to <paramref name="MaxDelay"/>.</param>
/// <param name="MaxDelay">The longest single wait.</param>
internal sealed record FileLockRetry(int Attempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>About 100 attempts of up to 100 ms: roughly ten seconds of waiting before giving up.</summary>
    public static FileLockRetry Default { get; } = new(100, TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(100));

    public async Task<FileStream> OpenAsync(
        string path, FileMode mode, FileAccess access, FileShare share, CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileStream(path, mode, access, share, bufferSize: 4096, FileOptions.Asynchronous);
            }
            catch (IOException ex) when (attempt < Attempts && IsSharingFailure(ex))
            {
                var jittered = delay * (0.5 + Random.Shared.NextDouble());
                await Task.Delay(jittered, cancellationToken).ConfigureAwait(false);
                delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay;
            }
        }
    }

    private static bool IsSharingFailure(IOException ex) =>
        ex is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException or DriveNotFoundException);
}
