using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OfficeGovernance.Tests.Shared.Graph;

/// <summary>
/// A Graph stand-in on 127.0.0.1 (free port): driveItems, content with the 302 to a download URL, PUT with If-Match,
/// sendMail as JSON or as a base64 MIME message (text/plain body, as Graph documents), the sender's Sent Items
/// filtered by internetMessageId; agent identities of Entra Agent ID (paged, with owners and sponsors); scriptable
/// 429/503 faults, a concurrent edit, and a send that is stored but whose
/// answer is lost; request counts per path.
/// </summary>
public sealed partial class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeDriveFile> _files = new();
    private readonly ConcurrentDictionary<string, string> _downloads = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly ConcurrentDictionary<string, int> _methodCounts = new();
    private readonly ConcurrentQueue<(string Path, string Authorization)> _authorizations = new();
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentQueue<JsonElement> _mail = new();
    private readonly ConcurrentQueue<FakeSentMime> _mime = new();
    private readonly ConcurrentDictionary<string, byte[]> _pendingEdits = new();
    private int _version;
    private int _loseNextSendAnswer;

    private FakeGraphServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<JsonElement> SentMail => [.. _mail];

    /// <summary>Every MIME sendMail stored (sent), in arrival order.</summary>
    public IReadOnlyList<FakeSentMime> SentMime => [.. _mime];

    /// <summary>Each request's path and Authorization header ("" when absent), in arrival order.</summary>
    public IReadOnlyList<(string Path, string Authorization)> Authorizations => [.. _authorizations];

    public int TotalRequests => _counts.Values.Sum();

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new FakeGraphServer(builder.Build());
        server.Map();
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1.0");
        return server;
    }

    public string AddFile(string driveId, string itemId, byte[] content, string name = "portfolio.xlsx") =>
        Store(driveId, itemId, content, name).ETag;

    public FakeDriveFile File(string driveId, string itemId) => _files[Key(driveId, itemId)];

    /// <summary>Someone else saves the file (new eTag) right after the next download of it is served.</summary>
    public void EditAfterNextDownload(string driveId, string itemId, byte[] content) =>
        _pendingEdits[Key(driveId, itemId)] = content;

    /// <summary>The next <paramref name="times"/> requests whose path ends with <paramref name="pathSuffix"/> get
    /// <paramref name="status"/> with Retry-After: 1.</summary>
    public void Fail(HttpStatusCode status, int times, string pathSuffix = "")
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(new FakeFault(status, pathSuffix));
        }
    }

    /// <summary>The next sendMail is stored as sent but answered with 500 (<paramref name="abortConnection"/> false)
    /// or with the connection dropped (true): the "sent but the caller never heard" case.</summary>
    public void LoseNextSendAnswer(bool abortConnection = false) =>
        Interlocked.Exchange(ref _loseNextSendAnswer, abortConnection ? 2 : 1);

    public int Requests(string path) => _counts.GetValueOrDefault(path);

    public int Requests(string method, string path) => _methodCounts.GetValueOrDefault(method + " " + path);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map()
    {
        _app.Use(async (context, next) =>
        {
            _counts.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
            _authorizations.Enqueue((context.Request.Path.Value!, context.Request.Headers.Authorization.ToString()));
            _methodCounts.AddOrUpdate(context.Request.Method + " " + context.Request.Path.Value, 1, (_, n) => n + 1);
            if (_faults.TryPeek(out var fault) && context.Request.Path.Value!.EndsWith(fault.PathSuffix, StringComparison.Ordinal)
                && _faults.TryDequeue(out _))
            {
                context.Response.StatusCode = (int)fault.Status;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsJsonAsync(Error(fault.Status.ToString(), "scripted fault"));
                return;
            }
            if (RefusedOnBehalfOf(context))
            {
                context.Response.StatusCode = 404;
                await context.Response.WriteAsJsonAsync(Error("itemNotFound", "not found"));
                return;
            }
            await next(context);
        });
        MapTokenEndpoint();
        MapAgentIdentities();
        _app.MapGet("/v1.0/drives/{d}/items/{i}", (string d, string i) =>
            _files.TryGetValue(Key(d, i), out var f) ? Results.Json(Item(d, i, f)) : NotFound());
        _app.MapGet("/v1.0/drives/{d}/items/{i}/content", (string d, string i) =>
        {
            if (!_files.ContainsKey(Key(d, i)))
            {
                return NotFound();
            }
            var token = Guid.NewGuid().ToString("N");
            _downloads[token] = Key(d, i);
            return Results.Redirect($"{BaseUrl.GetLeftPart(UriPartial.Authority)}/download/{token}");
        });
        _app.MapGet("/download/{token}", (string token) =>
        {
            if (!_downloads.TryRemove(token, out var key))
            {
                return NotFound();
            }
            var file = _files[key];
            if (_pendingEdits.TryRemove(key, out var edit))
            {
                var (d, i) = Split(key);
                Store(d, i, edit, file.Name);
            }
            return Results.Bytes(file.Content, "application/octet-stream");
        });
        _app.MapPut("/v1.0/drives/{d}/items/{i}/content", async (string d, string i, HttpRequest request) =>
        {
            if (!_files.TryGetValue(Key(d, i), out var current))
            {
                return NotFound();
            }
            var ifMatch = request.Headers.IfMatch.ToString();
            if (ifMatch.Length > 0 && ifMatch != "*" && ifMatch != current.ETag)
            {
                return Results.Json(Error("resourceModified", "ETag does not match"), statusCode: 412);
            }
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return Results.Json(Item(d, i, Store(d, i, buffer.ToArray(), current.Name)));
        });
        _app.MapPost("/v1.0/users/{u}/sendMail", async (string u, HttpContext context) =>
        {
            var request = context.Request;
            if (request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var reader = new StreamReader(request.Body, Encoding.ASCII);
                var encoded = await reader.ReadToEndAsync();
                byte[] decoded;
                try
                {
                    decoded = Convert.FromBase64String(encoded.Trim());
                }
                catch (FormatException)
                {
                    return Results.Json(Error("ErrorMimeContentInvalidBase64String", "not base64"), statusCode: 400);
                }
                var mime = Encoding.UTF8.GetString(decoded);
                var id = MessageIdHeader().Match(mime);
                _mime.Enqueue(new FakeSentMime(u, mime, id.Success ? id.Groups[1].Value.Trim() : null, request.ContentType));
            }
            else
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
                _mail.Enqueue(JsonSerializer.SerializeToElement(new { sender = u, body }));
            }
            switch (Interlocked.Exchange(ref _loseNextSendAnswer, 0))
            {
                case 1:
                    return Results.Json(Error("generalException", "scripted lost answer"), statusCode: 500);
                case 2:
                    context.Abort();
                    return Results.Empty;
                default:
                    return Results.StatusCode(202);
            }
        });
        _app.MapGet("/v1.0/users/{u}/mailFolders/sentitems/messages", (string u, HttpRequest request) =>
        {
            var filter = FilterById().Match(request.Query["$filter"].ToString());
            var wanted = filter.Success ? filter.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal) : null;
            var top = int.TryParse(request.Query["$top"].ToString(), out var t) ? t : int.MaxValue;
            var found = _mime
                .Where(m => string.Equals(m.Sender, u, StringComparison.OrdinalIgnoreCase)
                            && m.InternetMessageId is not null && (wanted is null || m.InternetMessageId == wanted))
                .Take(top)
                .Select(m => new { id = "msg-" + m.InternetMessageId!.Trim('<', '>'), internetMessageId = m.InternetMessageId })
                .ToList();
            return Results.Json(new { value = found });
        });
    }

    private FakeDriveFile Store(string driveId, string itemId, byte[] content, string name)
    {
        var version = Interlocked.Increment(ref _version);
        var file = new FakeDriveFile(content, $"\"{{{itemId}}},{version}\"", name);
        _files[Key(driveId, itemId)] = file;
        return file;
    }

    private static object Item(string d, string i, FakeDriveFile f) => new Dictionary<string, object>
    {
        ["id"] = i, ["name"] = f.Name, ["size"] = f.Content.Length, ["eTag"] = f.ETag,
        ["parentReference"] = new { driveId = d },
    };

    private static IResult NotFound() => Results.Json(Error("itemNotFound", "not found"), statusCode: 404);

    private static object Error(string code, string message) => new { error = new { code, message } };

    private static string Key(string driveId, string itemId) => driveId + "/" + itemId;

    private static (string DriveId, string ItemId) Split(string key) =>
        (key[..key.IndexOf('/', StringComparison.Ordinal)], key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]);

    [GeneratedRegex(@"^Message-ID:\s*(<[^>\r\n]*>)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdHeader();

    [GeneratedRegex(@"^\s*internetMessageId\s+eq\s+'((?:[^']|'')*)'\s*$")]
    private static partial Regex FilterById();

    private sealed record FakeFault(HttpStatusCode Status, string PathSuffix);
}
