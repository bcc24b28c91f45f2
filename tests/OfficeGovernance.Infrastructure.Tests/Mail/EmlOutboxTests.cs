using System.Text;
using OfficeGovernance.Domain.Mail;
using OfficeGovernance.Infrastructure.Mail;

namespace OfficeGovernance.Infrastructure.Tests.Mail;

public sealed class EmlOutboxTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 16, 7, 0, 5, TimeSpan.Zero);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "og-outbox-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private EmlOutbox Outbox() => new(_dir, new OutboxFakeTimeProvider(Now));

    private static StatusMessage Message(
        string key = "owner:alice@example.com", int week = 47, string subject = "AI portfolio status 2026-W47: 3 to fix",
        params string[] recipients) => new(
        recipients.Length == 0 ? ["alice@example.com"] : recipients, subject,
        "<!DOCTYPE html>\n<html><body><table><tr><td>Caf\u00e9 &amp; co</td></tr></table></body></html>\n",
        "Status\nCaf\u00e9 & co\n", new IsoWeek(2026, week), StatusMessageKind.Owner, key);

    [Fact]
    public async Task SendAsync_NewMessage_WritesParseableEml()
    {
        var outbox = Outbox();
        var message = Message();

        Assert.True(await outbox.SendAsync(message, "status@example.com", CancellationToken.None));

        var path = Path.Combine(_dir, "2026-W47", "owner_3a_alice@example.com.eml");
        Assert.Equal(path, outbox.PathFor(message));
        var raw = await File.ReadAllTextAsync(path, Encoding.UTF8);
        Assert.DoesNotContain("\n", raw.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(raw.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        Assert.All(raw, c => Assert.True(c < 128));
        var eml = EmlFile.Parse(raw);
        Assert.Equal("status@example.com", eml.Headers["From"]);
        Assert.Equal("alice@example.com", eml.Headers["To"]);
        Assert.Equal("AI portfolio status 2026-W47: 3 to fix", eml.Headers["Subject"]);
        Assert.Equal("Mon, 16 Nov 2026 07:00:05 +0000", eml.Headers["Date"]);
        Assert.Matches("^<2026-W47\\.[0-9a-f]{24}@example\\.com>$", eml.Headers["Message-ID"]);
        Assert.Equal("1.0", eml.Headers["MIME-Version"]);
        Assert.StartsWith("multipart/alternative;", eml.Headers["Content-Type"]);
        Assert.Equal(2, eml.Parts.Count);
        Assert.Equal("text/plain; charset=utf-8", eml.Parts[0].Headers["Content-Type"]);
        Assert.Equal("base64", eml.Parts[0].Headers["Content-Transfer-Encoding"]);
        Assert.Equal("Status\r\nCaf\u00e9 & co\r\n", eml.Parts[0].Content);
        Assert.Equal("text/html; charset=utf-8", eml.Parts[1].Headers["Content-Type"]);
        Assert.Contains("<td>Caf\u00e9 &amp; co</td>", eml.Parts[1].Content);
        Assert.Empty(Directory.GetFiles(Path.Combine(_dir, "2026-W47"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SendAsync_SameKeySameWeek_ReturnsFalseAndWritesNothing()
    {
        await Outbox().SendAsync(Message(), "status@example.com", CancellationToken.None);
        var path = Outbox().PathFor(Message());
        var before = await File.ReadAllBytesAsync(path);

        var second = await new EmlOutbox(_dir, new OutboxFakeTimeProvider(Now.AddHours(3)))
            .SendAsync(Message(subject: "changed"), "status@example.com", CancellationToken.None);

        Assert.False(second);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Single(Directory.GetFiles(_dir, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task SendAsync_DifferentWeek_SendsAgain()
    {
        await Outbox().SendAsync(Message(week: 47), "status@example.com", CancellationToken.None);

        Assert.True(await Outbox().SendAsync(Message(week: 48), "status@example.com", CancellationToken.None));

        Assert.True(File.Exists(Path.Combine(_dir, "2026-W48", "owner_3a_alice@example.com.eml")));
    }

    [Fact]
    public async Task SendAsync_LeftoverTempFromCrash_StillSends()
    {
        var folder = Path.Combine(_dir, "2026-W47");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, ".owner_3a_alice@example.com.eml.dead.tmp"), "From: half");

        Assert.True(await Outbox().SendAsync(Message(), "status@example.com", CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_NonAsciiSubjectAndManyRecipients_EncodedWordsAndFoldedTo()
    {
        var recipients = Enumerable.Range(1, 8).Select(i => $"leader{i}@example.com").ToArray();
        var subject = "Statut du portefeuille IA 2026-W47 : 3 \u00e0 corriger, 1 en pause \u2014 r\u00e9sum\u00e9 d\u00e9taill\u00e9 \ud83d\ude80";

        await Outbox().SendAsync(Message("leadership", subject: subject, recipients: recipients), "status@example.com", CancellationToken.None);

        var raw = await File.ReadAllTextAsync(Path.Combine(_dir, "2026-W47", "leadership.eml"));
        Assert.All(raw.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
        var eml = EmlFile.Parse(raw);
        Assert.Equal(subject, eml.Message.Subject);
        Assert.Contains("=?utf-8?", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(recipients, eml.Message.To.Mailboxes.Select(m => m.Address));
        Assert.True(raw.Split("\r\n").Count(l => l.StartsWith("To:", StringComparison.Ordinal) || l.StartsWith(' ')) > 2);
    }

    [Fact]
    public async Task SendAsync_HeaderInjectionInSubject_NeverAddsHeader()
    {
        await Outbox().SendAsync(Message(subject: "hi\r\nBcc: evil@example.com"), "status@example.com", CancellationToken.None);

        var raw = await File.ReadAllTextAsync(Outbox().PathFor(Message()));
        Assert.DoesNotContain("\r\nBcc:", raw);
        var eml = EmlFile.Parse(raw);
        Assert.Empty(eml.Message.Bcc);
        Assert.Equal("hi  Bcc: evil@example.com", eml.Message.Subject);
    }

    [Theory]
    [InlineData("evil@example.com\r\nBcc: x@example.com")]
    [InlineData("Alice <alice@example.com>")]
    [InlineData("no-at-sign")]
    public async Task SendAsync_BadRecipient_ThrowsAndWritesNothing(string recipient)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Outbox().SendAsync(Message(recipients: recipient), "status@example.com", CancellationToken.None));

        Assert.False(Directory.Exists(_dir));
    }

    [Theory]
    [InlineData("leadership", "leadership")]
    [InlineData("owner:Bob@Example.com", "owner_3a_bob@example.com")]
    [InlineData("owner:a_b@x.com", "owner_3a_a_5f_b@x.com")]
    [InlineData("..", "_2e_.")]
    [InlineData("owner:../../etc", "owner_3a_.._2f_.._2f_etc")]
    public void For_Key_SafeInjectiveFileName(string key, string expected)
    {
        Assert.Equal(expected, OutboxFileName.For(key));
    }
}
