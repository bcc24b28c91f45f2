// Linked into the Infrastructure and Functions test projects: the same hostile files are refused by the reader and the CLI.
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Tests.Shared;

/// <summary>
/// One kind of hostile or broken workbook (docs/rules.md#hostile-workbooks): how to build it from the sample's bytes, the file
/// name it is saved under, and text that the refusal must contain (the Table[Column] row N (Sheet!A1) prefix where
/// a cell is at fault).
/// </summary>
internal sealed record HostileWorkbook(string Kind, string FileName, Func<byte[], byte[]> Build, string Expected);

/// <summary>The catalogue of hostile and broken workbooks, each built from <c>samples/portfolio.xlsx</c>.</summary>
internal static class HostileWorkbooks
{
    private static readonly Lazy<byte[]> SampleBytes = new(() => File.ReadAllBytes(SamplePath));

    /// <summary>The committed sample workbook, found above the test's output folder.</summary>
    public static string SamplePath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var path = Path.Combine(dir.FullName, "samples", "portfolio.xlsx");
                if (File.Exists(Path.Combine(dir.FullName, "OfficeGovernance.sln")) && File.Exists(path))
                {
                    return path;
                }
            }
            throw new InvalidOperationException("samples/portfolio.xlsx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The sample's bytes (a copy each time).</summary>
    public static byte[] Sample => (byte[])SampleBytes.Value.Clone();

    public static IReadOnlyList<HostileWorkbook> All { get; } =
    [
        new("password-protected", "portfolio.xlsx", _ => CompoundFile("EncryptionInfo", "EncryptedPackage"), "password-protected"),
        new("legacy-xls", "portfolio.xls", _ => CompoundFile("Workbook", "SummaryInformation"), "legacy .xls"),
        new("binary-xlsb", "portfolio.xlsb", _ => BinaryWorkbook(), ".xlsb"),
        new("macro-xlsm", "portfolio.xlsm", MacroEnabled, "macro-enabled"),
        new("macro-content-named-xlsx", "portfolio.xlsx", MacroEnabled, "macro-enabled"),
        new("sample-named-xlsm", "portfolio.xlsm", s => s, "macro-enabled"),
        new("csv-renamed", "portfolio.xlsx", _ => "InitiativeId,Name\nINI-1,Claims\n"u8.ToArray(), "not a zip package"),
        new("zero-byte", "portfolio.xlsx", _ => [], "the file is empty"),
        new("text-file", "portfolio.xlsx", _ => "hello"u8.ToArray(), "not a zip package"),
        new("truncated-zip", "portfolio.xlsx", s => s[..(s.Length / 2)], "truncated"),
        new("zip-without-content-types", "portfolio.xlsx", _ => ZipWith("readme.txt", "hello"), "no [Content_Types].xml"),
        new("no-workbook-part", "portfolio.xlsx", s => XlsxPackage.Edit(s, z => z.GetEntry("xl/workbook.xml")!.Delete()), "refers to a part it does not contain"),
        new("no-package-relationships", "portfolio.xlsx", s => XlsxPackage.Edit(s, z => z.GetEntry("_rels/.rels")!.Delete()), "no workbook part"),
        new("corrupted-compressed-entry", "portfolio.xlsx", s => XlsxPackage.CorruptCompressedEntry(s, "xl/worksheets/sheet5.xml"), "cannot be read"),
        new("zip-bomb-declared", "portfolio.xlsx", s => XlsxPackage.DeclareSize(s, "xl/worksheets/sheet5.xml", 3_000_000_000), "zip bomb"),
        new("zip-bomb-inflating", "portfolio.xlsx", InflatingBomb, "cannot be read"),
        new("dtd-external-entity", "portfolio.xlsx", ExternalEntity, "DTD"),
        new("billion-laughs", "portfolio.xlsx", BillionLaughs, "DTD"),
        new("shared-string-out-of-range", "portfolio.xlsx",
            s => XlsxPackage.SetCell(s, "Initiatives", "Name", 2, XlsxPackage.Raw("99999", "s")),
            "Initiatives[Name] row 2 (Initiatives!B3): the cell refers to shared string 99999, which the workbook does not contain"),
        new("shared-string-negative", "portfolio.xlsx",
            s => XlsxPackage.SetCell(s, "Agents", "Name", 1, XlsxPackage.Raw("-1", "s")),
            "Agents[Name] row 1 (Agents!C2): the cell refers to shared string -1"),
        new("table-past-last-row", "portfolio.xlsx", s => TableReference(s, "Spend", r => r.Split(':')[0] + ":H1048577"), "past row 1,048,576"),
        new("table-past-xfd", "portfolio.xlsx", s => TableReference(s, "Initiatives", r => r.Split(':')[0] + ":XFE25"), "past column XFD"),
        new("table-reference-garbage", "portfolio.xlsx", s => TableReference(s, "Metrics", _ => "A1:??"), "Metrics: the table's range 'A1:??'"),
        new("two-tables-same-name", "portfolio.xlsx", s => RenameTable(s, "Agents", "Initiatives"), "two tables are named Initiatives"),
        new("merged-cells-in-table", "portfolio.xlsx", MergedInInitiatives, "merged cells A3:B3 inside table Initiatives"),
        new("cell-longer-than-excel-allows", "portfolio.xlsx",
            s => XlsxPackage.SetCell(s, "Initiatives", "Name", 1, XlsxPackage.Text(new string('x', 32_768))),
            "Initiatives[Name] row 1 (Initiatives!B2): the cell holds 32,768 characters; Excel allows at most 32,767"),
        new("unknown-time-zone", "portfolio.xlsx", s => Setting(s, "TimeZone", "Mars/Olympus_Mons"), "'Mars/Olympus_Mons' is not a known IANA time zone"),
        new("unknown-currency", "portfolio.xlsx", s => Setting(s, "Currency", "XYZ"), "Currency 'XYZ' is not an ISO 4217 currency code"),
        new("currency-as-word", "portfolio.xlsx", s => Setting(s, "Currency", "Dollars"), "must be a 3-letter ISO 4217 code"),
        new("date-as-us-text", "portfolio.xlsx", s => Cell(s, "Spend", "Date", 1, "11/03/2026"), "Spend[Date] row 1 (Spend!B2): '11/03/2026': dates as text must be ISO yyyy-mm-dd"),
        new("date-as-long-text", "portfolio.xlsx", s => Cell(s, "Spend", "Date", 2, "3 November 2026"), "Spend[Date] row 2 (Spend!B3): '3 November 2026': dates as text"),
        new("date-as-dotted-text", "portfolio.xlsx", s => Cell(s, "Observations", "PeriodEnd", 1, "03.11.2026"), "Observations[PeriodEnd] row 1 (Observations!C2): '03.11.2026'"),
        new("date-typed-invalid", "portfolio.xlsx",
            s => XlsxPackage.SetCell(s, "Observations", "PeriodEnd", 2, XlsxPackage.Raw("2026-13-45", "d")),
            "Observations[PeriodEnd] row 2 (Observations!C3): the date '2026-13-45' is not an ISO 8601 date"),
        new("number-with-thousands-separator", "portfolio.xlsx", s => Cell(s, "Spend", "Amount", 1, "1,200.50"), "Spend[Amount] row 1 (Spend!E2): text in a number cell: '1,200.50'"),
        new("number-with-european-separators", "portfolio.xlsx", s => Cell(s, "Metrics", "Baseline", 1, "1.200,50"), "Metrics[Baseline] row 1 (Metrics!F2): text in a number cell: '1.200,50'"),
        new("number-unreadable", "portfolio.xlsx",
            s => XlsxPackage.SetCell(s, "Metrics", "SuccessAt", 1, XlsxPackage.Raw("1.2.3")),
            "Metrics[SuccessAt] row 1 (Metrics!G2): the number '1.2.3' cannot be read"),
        new("formula-without-cached-value", "portfolio.xlsx",
            s => XlsxPackage.SetCell(s, "Initiatives", "MonthlyBudgetCap", 1, XlsxPackage.FormulaWithoutValue("SUM(A1:A2)")),
            "Initiatives[MonthlyBudgetCap] row 1 (Initiatives!P2): the formula has no saved result"),
        new("error-cell", "portfolio.xlsx", s => XlsxPackage.SetCell(s, "Metrics", "StopAt", 2, XlsxPackage.Raw("#REF!", "e")), "Metrics[StopAt] row 2 (Metrics!H3)"),
        new("malformed-xml", "portfolio.xlsx", s => XlsxPackage.EditText(s, "xl/worksheets/sheet4.xml", t => t[..(t.Length / 2)]), "cannot be read"),
        new("unknown-stage", "portfolio.xlsx", s => Cell(s, "Initiatives", "Stage", 3, "Production-ish"), "Initiatives[Stage] row 3 (Initiatives!H4): 'Production-ish' is not one of"),
    ];

    /// <summary>The kinds, for a [Theory].</summary>
    public static TheoryData<string> Kinds => new(All.Select(h => h.Kind));

    /// <summary>The kind by name.</summary>
    public static HostileWorkbook Get(string kind) => All.Single(h => h.Kind == kind);

    private static byte[] Cell(byte[] sample, string table, string column, int row, string text) =>
        XlsxPackage.SetCell(sample, table, column, row, XlsxPackage.Text(text));

    private static byte[] Setting(byte[] sample, string key, string value)
    {
        var settings = new WorkbookTableReader().Read(new MemoryStream(sample, writable: false), ["Settings"], "sample.xlsx")[0];
        var row = settings.Rows.Select((r, i) => (r, i)).First(p => p.r[0].Text == key).i + 1;
        return Cell(sample, "Settings", "Value", row, value);
    }

    private static byte[] TableReference(byte[] sample, string table, Func<string, string> change)
    {
        var location = XlsxPackage.Locate(sample, table);
        return XlsxPackage.EditXml(sample, location.TableEntry, d =>
        {
            var root = d.Root!;
            root.SetAttributeValue("ref", change((string)root.Attribute("ref")!));
            root.Element(root.Name.Namespace + "autoFilter")?.Remove();
        });
    }

    private static byte[] RenameTable(byte[] sample, string table, string name) =>
        XlsxPackage.EditXml(sample, XlsxPackage.Locate(sample, table).TableEntry, d =>
        {
            d.Root!.SetAttributeValue("name", name);
            d.Root.SetAttributeValue("displayName", name);
        });

    private static byte[] MergedInInitiatives(byte[] sample) =>
        XlsxPackage.EditXml(sample, XlsxPackage.Locate(sample, "Initiatives").SheetEntry, d =>
        {
            var ns = d.Root!.Name.Namespace;
            d.Root.Element(ns + "sheetData")!.AddAfterSelf(
                new XElement(ns + "mergeCells", new XAttribute("count", 1), new XElement(ns + "mergeCell", new XAttribute("ref", "A3:B3"))));
        });

    private static byte[] ExternalEntity(byte[] sample) =>
        XlsxPackage.EditText(sample, XlsxPackage.Locate(sample, "Agents").SheetEntry, text =>
        {
            var start = text.IndexOf("?>", StringComparison.Ordinal) + 2;
            return text[..start] + "<!DOCTYPE x:worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" + text[start..];
        });

    private static byte[] BillionLaughs(byte[] sample) =>
        XlsxPackage.EditText(sample, "xl/sharedStrings.xml", text =>
        {
            var start = text.IndexOf("?>", StringComparison.Ordinal) + 2;
            var entities = new StringBuilder("<!DOCTYPE x:sst [<!ENTITY l0 \"lol\">");
            for (var i = 1; i < 10; i++)
            {
                entities.Append($"<!ENTITY l{i} \"&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};\">");
            }
            var body = text[start..];
            var firstText = body.IndexOf("preserve\">", StringComparison.Ordinal) + "preserve\">".Length;
            return text[..start] + entities + "]>" + body[..firstText] + "&l9;" + body[firstText..];
        });

    // A sheet part that inflates to 64 MB while its zip headers declare 4 KB: reading must stop at the declared size.
    private static byte[] InflatingBomb(byte[] sample)
    {
        const string Entry = "xl/worksheets/sheet6.xml";
        var inflated = XlsxPackage.Edit(sample, zip =>
        {
            zip.GetEntry(Entry)!.Delete();
            using var stream = zip.CreateEntry(Entry, CompressionLevel.SmallestSize).Open();
            stream.Write(Encoding.UTF8.GetBytes($"<worksheet xmlns=\"{XlsxPackage.MainNamespace}\"><sheetData>"));
            var spaces = new byte[1 << 20];
            spaces.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 64; i++)
            {
                stream.Write(spaces);
            }
            stream.Write("</sheetData></worksheet>"u8);
        });
        return XlsxPackage.DeclareSize(inflated, Entry, 4096);
    }

    private static byte[] MacroEnabled(byte[] sample) =>
        XlsxPackage.Edit(XlsxPackage.EditText(sample, "[Content_Types].xml", t => t.Replace(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)), zip =>
        {
            using var stream = zip.CreateEntry("xl/vbaProject.bin").Open();
            stream.Write(CompoundFile("VBA", "PROJECT"));
        });

    private static byte[] BinaryWorkbook()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/>"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>");
            Write(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>");
            using var stream = zip.CreateEntry("xl/workbook.bin").Open();
            stream.Write([0x83, 0x01, 0x00, 0x84, 0x01, 0x00]);
        }
        return memory.ToArray();
    }

    private static byte[] ZipWith(string name, string text)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, name, text);
        }
        return memory.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    // An OLE compound file (MS-CFB version 3): header, one FAT sector and one directory sector naming the streams.
    private static byte[] CompoundFile(params string[] streams)
    {
        var file = new byte[512 * 3];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        BitConverter.GetBytes((ushort)0x003E).CopyTo(file, 24);
        BitConverter.GetBytes((ushort)3).CopyTo(file, 26);
        BitConverter.GetBytes((ushort)0xFFFE).CopyTo(file, 28);
        BitConverter.GetBytes((ushort)9).CopyTo(file, 30);
        BitConverter.GetBytes((ushort)6).CopyTo(file, 32);
        BitConverter.GetBytes(1).CopyTo(file, 44);
        BitConverter.GetBytes(1).CopyTo(file, 48);
        BitConverter.GetBytes(4096).CopyTo(file, 56);
        BitConverter.GetBytes(-2).CopyTo(file, 60);
        BitConverter.GetBytes(-2).CopyTo(file, 68);
        BitConverter.GetBytes(0).CopyTo(file, 76);
        for (var i = 1; i < 109; i++)
        {
            BitConverter.GetBytes(-1).CopyTo(file, 76 + (i * 4));
        }
        var fat = 512;
        BitConverter.GetBytes(-3).CopyTo(file, fat);
        BitConverter.GetBytes(-2).CopyTo(file, fat + 4);
        for (var i = 2; i < 128; i++)
        {
            BitConverter.GetBytes(-1).CopyTo(file, fat + (i * 4));
        }
        var names = new[] { "Root Entry" }.Concat(streams).Take(4).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var entry = 1024 + (i * 128);
            var name = Encoding.Unicode.GetBytes(names[i]);
            name.CopyTo(file, entry);
            BitConverter.GetBytes((ushort)(name.Length + 2)).CopyTo(file, entry + 64);
            file[entry + 66] = (byte)(i == 0 ? 5 : 2);
        }
        return file;
    }
}
