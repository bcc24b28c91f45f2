using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace OfficeGovernance.Tests.Shared.Serve;

/// <summary>
/// <c>serve</c> as a child process on a free loopback port (the built OfficeGovernance.Cli.dll beside the tests), acting
/// as the development identity, with its workbooks and decision logs in folders the test chooses: for the soak and
/// crash tests of issue 23, which measure the server's own peak working set and kill it with SIGKILL.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> settings;
    private Process? process;

    private ServeProcess(IReadOnlyDictionary<string, string> settings, int port)
    {
        this.settings = settings;
        BaseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
    }

    /// <summary>The server's address (loopback).</summary>
    public Uri BaseAddress { get; }

    /// <summary>The running server's process id.</summary>
    public int ProcessId => process?.Id ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>Starts <c>serve</c> with <paramref name="settings"/> as environment settings (<c>Section__Key</c>) and waits until <c>/api/health</c> answers.</summary>
    public static async Task<ServeProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var serve = new ServeProcess(settings, FreePort());
        await serve.RestartAsync();
        return serve;
    }

    /// <summary>Starts the server again on the same port (after <see cref="Kill"/>) and waits until it answers.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OfficeGovernance.Cli.dll"));
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["Auth__DevelopmentIdentity"] = "cto@example.org";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        process = Process.Start(start) ?? throw new InvalidOperationException("serve did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"serve exited with {process.ExitCode} before it answered.");
            }
            try
            {
                using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("serve did not answer /api/health within a minute.");
    }

    /// <summary>The server's peak working set so far, in bytes (VmHWM on Linux).</summary>
    public long PeakWorkingSet
    {
        get
        {
            var running = process ?? throw new InvalidOperationException("The server is not running.");
            running.Refresh();
            return running.PeakWorkingSet64;
        }
    }

    /// <summary>Kills the server at once (SIGKILL on Linux: no shutdown, no flush) and waits until it is gone.</summary>
    public void Kill()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            running.WaitForExit();
        }
        process?.Dispose();
        process = null;
    }

    /// <inheritdoc />
    public void Dispose() => Kill();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
