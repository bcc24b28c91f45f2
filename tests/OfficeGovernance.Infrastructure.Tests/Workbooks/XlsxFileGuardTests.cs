using System.IO.Compression;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

public sealed class XlsxFileGuardTests
{
    private static ValidationProblem ProblemOf(XlsxFileGuard guard, byte[] bytes)
    {
        var error = Assert.Throws<WorkbookValidationException>(() => guard.Check(bytes, "input.xlsx"));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(("input.xlsx", null, null, null), (problem.Table, problem.Column, problem.Row, problem.Cell));
        return problem;
    }

    [Fact]
    public void Check_CsvText_ReportsNotAWorkbook()
    {
        var problem = ProblemOf(XlsxFileGuard.Default, "InitiativeId,Name\nINI-1,Claims\n"u8.ToArray());

        Assert.Contains("not an .xlsx", problem.Message);
    }

    [Fact]
    public void Check_EmptyFile_ReportsNotAWorkbook()
    {
        Assert.Contains("the file is empty (0 bytes)", ProblemOf(XlsxFileGuard.Default, []).Message);
    }

    [Fact]
    public void Check_OleCompoundFile_ReportsEncryptedOrLegacy()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        var problem = ProblemOf(XlsxFileGuard.Default, ole);

        Assert.Contains("legacy .xls workbook (an OLE compound file, not a zip); save it as .xlsx", problem.Message);
    }

    [Fact]
    public void Check_TruncatedZip_ReportsTruncated()
    {
        var whole = FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile);

        var problem = ProblemOf(XlsxFileGuard.Default, whole[..(whole.Length / 2)]);

        Assert.Contains("truncated", problem.Message);
    }

    [Fact]
    public void Check_ZipWithoutContentTypes_ReportsNotAWorkbook()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        Assert.Contains("no [Content_Types].xml", ProblemOf(XlsxFileGuard.Default, memory.ToArray()).Message);
    }

    [Fact]
    public void Check_TotalExpandedSizeOverLimit_ReportsZipBomb()
    {
        var bomb = ZipWithZeros(4 * 1024 * 1024);
        var guard = new XlsxFileGuard(maxTotalUncompressedBytes: 1024 * 1024);

        Assert.Contains("zip bomb", ProblemOf(guard, bomb).Message);
    }

    [Fact]
    public void Check_HighlyCompressedLargeEntry_ReportsZipBomb()
    {
        var bomb = ZipWithZeros(4 * 1024 * 1024);
        var guard = new XlsxFileGuard(maxCompressionRatio: 200, ratioCheckMinimumBytes: 1024 * 1024);

        var problem = ProblemOf(guard, bomb);

        Assert.Contains("xl/worksheets/sheet1.xml", problem.Message);
        Assert.Contains("zip bomb", problem.Message);
    }

    [Fact]
    public void Check_HighlyCompressedEntryUnderSizeThreshold_Passes()
    {
        var small = ZipWithZeros(512 * 1024);
        var guard = new XlsxFileGuard(maxCompressionRatio: 200, ratioCheckMinimumBytes: 1024 * 1024);
        using var stream = new MemoryStream(small);

        guard.Check(stream, "input.xlsx");

        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Check_RealWorkbook_PassesAndRestoresPosition()
    {
        using var stream = new MemoryStream(FixtureFiles.Bytes(WorkbookFixtureGenerator.ExcelStyleFile));
        stream.Position = 17;

        XlsxFileGuard.Default.Check(stream, "excel-style.xlsx");

        Assert.Equal(17, stream.Position);
    }

    // The bomb is built in a temp file so that only its compressed bytes (a few KB) are ever held in memory.
    private static byte[] ZipWithZeros(int uncompressedBytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"og-bomb-{Guid.NewGuid():N}.zip");
        try
        {
            using (var file = File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                {
                    types.Write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
                }
                using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
                var zeros = new byte[64 * 1024];
                for (var written = 0; written < uncompressedBytes; written += zeros.Length)
                {
                    entry.Write(zeros);
                }
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
