using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OfficeGovernance.Tests.Shared.Azurite;

/// <summary>
/// Starts Azurite's table service and its blob service (tests/azurite, pinned to 3.35.0 for Node 20), each on a free
/// loopback port with in-memory persistence, and kills them on dispose. Share it through <see cref="AzuriteCollection"/>; each test uses
/// its own table (<see cref="UniqueTableName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly StringBuilder _output = new();
    private Process? _process;
    private Process? _blobProcess;

    public int Port { get; private set; }

    /// <summary>The blob service's port (append blobs of the log head anchor).</summary>
    public int BlobPort { get; private set; }

    public Uri TableEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    public Uri BlobEndpoint => new($"http://127.0.0.1:{BlobPort}/{AccountName}");

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint={TableEndpoint};BlobEndpoint={BlobEndpoint};";

    public static string UniqueTableName() => "t" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        var azuriteDir = Path.Combine(RepositoryRoot(), "tests", "azurite");
        var main = Path.Combine(azuriteDir, "node_modules", "azurite", "dist", "src", "table", "main.js");
        await AzuriteInstall.EnsureAsync(azuriteDir, main);
        Port = FreePort();
        _process = Start(azuriteDir, main, "--tableHost", "--tablePort", Port);
        await WaitForPortAsync(_process, Port);
        BlobPort = FreePort();
        _blobProcess = Start(azuriteDir, Path.Combine(azuriteDir, "node_modules", "azurite", "dist", "src", "blob", "main.js"),
            "--blobHost", "--blobPort", BlobPort);
        await WaitForPortAsync(_blobProcess, BlobPort);
    }

    private Process Start(string azuriteDir, string main, string hostOption, string portOption, int port)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = azuriteDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     main, hostOption, "127.0.0.1", portOption, port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public Task DisposeAsync()
    {
        foreach (var process in new[] { _process, _blobProcess })
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            process?.Dispose();
        }
        return Task.CompletedTask;
    }

    private async Task WaitForPortAsync(Process process, int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"Azurite exited with {process.ExitCode} before listening on {port}. Output:\n{Output()}");
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on {port} within {StartTimeout}. Output:\n{Output()}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OfficeGovernance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No OfficeGovernance.sln above {AppContext.BaseDirectory}.");
    }
}
