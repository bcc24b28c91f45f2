using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>
/// Seeded random corruptions of the sample workbook (docs/rules.md#hostile-workbooks): byte flips in the zip, XML edits inside
/// parts and swapped cell values. Each one either reviews or is refused with named problems: never another
/// exception, and the input bytes never change.
/// </summary>
public sealed partial class WorkbookMutationTests
{
    private const int Seed = 20261201;
    private const int Mutants = 2400;

    private static readonly string[] Tokens =
    [
        "<", ">", "&", "\"", "'", "&amp;", "&#0;", "<x:c r=\"A1\"/>", "<x:row r=\"2\"/>", "<!DOCTYPE a []>", "<!-- -->",
        "r=\"XFD1048577\"", "r=\"ZZZZ99999999999\"", "r=\"0\"", "t=\"s\"", "t=\"d\"", "t=\"e\"", "t=\"b\"", "<x:v>abc</x:v>",
        "<x:v>99999999999</x:v>", "<x:v>-1</x:v>", "<x:f>A1</x:f>", "ref=\"A1:XFE3\"", "ref=\"A0:B2\"", "\u0001", "\uFFFE",
        "<x:mergeCells><x:mergeCell ref=\"A1:B2\"/></x:mergeCells>", "<x:is><x:t>x</x:t></x:is>", "xmlns:x=\"urn:other\"",
    ];

    private static readonly byte[] Sample = HostileWorkbooks.Sample;
    private static readonly Dictionary<string, byte[]> Parts = Unzip(Sample);

    [Fact]
    public void ReadAndReview_ThousandsOfSeededCorruptions_ReviewOrNamedProblemsNeverAnythingElse()
    {
        var reviewed = 0;
        var refused = 0;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        // One seeded generator per mutant: the same corruptions on every run, whatever the thread schedule.
        Parallel.For(0, Mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (description, bytes) = Mutate(new Random(Seed + i), i);
            var before = (byte[])bytes.Clone();
            try
            {
                using var stream = new MemoryStream(bytes, writable: false);
                var tables = new WorkbookTableReader().Read(stream, PortfolioSchema.ReviewTableNames, "portfolio.xlsx");
                var workbook = PortfolioParser.Parse(tables);
                PortfolioReviewer.Review(workbook, [], new DateOnly(2026, 11, 20), DateTimeOffset.UnixEpoch);
                Interlocked.Increment(ref reviewed);
            }
            catch (WorkbookValidationException invalid)
            {
                Interlocked.Increment(ref refused);
                var unnamed = invalid.Problems.FirstOrDefault(p => string.IsNullOrWhiteSpace(p.Table) || string.IsNullOrWhiteSpace(p.Message));
                if (unnamed is not null)
                {
                    failures.Add($"#{i} {description}: unnamed problem '{unnamed}'");
                }
            }
            catch (Exception unexpected)
            {
                failures.Add($"#{i} {description}: {unexpected.GetType().Name}: {unexpected.Message}{Environment.NewLine}{unexpected.StackTrace}");
            }
            if (!bytes.AsSpan().SequenceEqual(before))
            {
                failures.Add($"#{i} {description}: the input bytes changed");
            }
        });
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(5)));
        // Both outcomes occur: the corruptions are neither all fatal nor all harmless.
        Assert.True(reviewed > Mutants / 20 && refused > Mutants / 5, $"{reviewed} reviewed, {refused} refused");
    }

    private static (string Description, byte[] Bytes) Mutate(Random random, int index) => (index % 3) switch
    {
        0 => FlipBytes(random),
        1 => EditXml(random),
        _ => SwapCells(random),
    };

    private static (string, byte[]) FlipBytes(Random random)
    {
        var bytes = (byte[])Sample.Clone();
        var count = random.Next(1, 5);
        var positions = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var position = random.Next(bytes.Length);
            bytes[position] ^= (byte)random.Next(1, 256);
            positions.Add(position);
        }
        return ($"byte flips at {string.Join(", ", positions)}", bytes);
    }

    private static (string, byte[]) EditXml(Random random)
    {
        var names = Parts.Keys.Order(StringComparer.Ordinal).ToArray();
        var name = names[random.Next(names.Length)];
        var text = Encoding.UTF8.GetString(Parts[name]);
        var at = random.Next(text.Length);
        var length = Math.Min(random.Next(1, 60), text.Length - at);
        string edited;
        string what;
        switch (random.Next(4))
        {
            case 0:
                edited = text.Remove(at, length);
                what = $"deleted {length} chars at {at}";
                break;
            case 1:
                edited = text.Insert(at, text.Substring(at, length));
                what = $"duplicated {length} chars at {at}";
                break;
            case 2:
                var token = Tokens[random.Next(Tokens.Length)];
                edited = text.Insert(at, token);
                what = $"inserted '{token}' at {at}";
                break;
            default:
                var digits = Digit().Matches(text);
                var digit = digits[random.Next(digits.Count)];
                edited = text.Remove(digit.Index, 1).Insert(digit.Index, random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture));
                what = $"changed digit at {digit.Index}";
                break;
        }
        return ($"{name}: {what}", Zip(name, Encoding.UTF8.GetBytes(edited)));
    }

    private static (string, byte[]) SwapCells(Random random)
    {
        var sheets = Parts.Keys.Where(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var name = sheets[random.Next(sheets.Length)];
        var text = Encoding.UTF8.GetString(Parts[name]);
        var cells = CellElement().Matches(text);
        var a = cells[random.Next(cells.Count)];
        var b = cells[random.Next(cells.Count)];
        if (a.Index > b.Index)
        {
            (a, b) = (b, a);
        }
        if (a.Index == b.Index)
        {
            return ($"{name}: no swap", Zip(name, Parts[name]));
        }
        string Body(Match m) => m.Groups["body"].Value;
        string Cell(Match m, string body) => $"<x:c r=\"{m.Groups["r"].Value}\"{body}</x:c>";
        var swapped = text[..a.Index] + Cell(a, Body(b)) + text[(a.Index + a.Length)..b.Index]
            + Cell(b, Body(a)) + text[(b.Index + b.Length)..];
        return ($"{name}: swapped {a.Groups["r"].Value} and {b.Groups["r"].Value}", Zip(name, Encoding.UTF8.GetBytes(swapped)));
    }

    private static Dictionary<string, byte[]> Unzip(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    // Stored, not deflated: rebuilding the package stays cheap, so thousands of mutants run in seconds.
    private static byte[] Zip(string changed, byte[] content)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in Parts)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.NoCompression).Open();
                stream.Write(name == changed ? content : bytes);
            }
        }
        return memory.ToArray();
    }

    [GeneratedRegex("[0-9]")]
    private static partial Regex Digit();

    [GeneratedRegex("<x:c r=\"(?<r>[A-Z]+[0-9]+)\"(?<body>[^>]*>.*?)</x:c>")]
    private static partial Regex CellElement();
}
