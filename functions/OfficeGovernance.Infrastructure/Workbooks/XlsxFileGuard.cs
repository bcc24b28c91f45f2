using System.IO.Compression;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>
/// Rejects files that must not reach the Open XML parser (docs/rules.md#hostile-workbooks): files named .xls, .xlsb, .xlsm (and
/// the other macro kinds) or .csv, empty files, anything that is not a zip package (CSV, text), an OLE compound file
/// (a password-protected workbook or a legacy .xls), a truncated zip, a package holding a VBA project or a binary
/// workbook part, and a zip bomb. It reads only the zip's central directory: entry sizes are taken as declared, and
/// nothing is decompressed here; the reader stops inflating any part at its declared size, which is what is bounded.
/// </summary>
public sealed class XlsxFileGuard
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipSignature = [0x50, 0x4B];

    private readonly long _maxTotalUncompressedBytes;
    private readonly double _maxCompressionRatio;
    private readonly long _ratioCheckMinimumBytes;

    /// <summary>Creates a guard with the given limits.</summary>
    /// <param name="maxTotalUncompressedBytes">The largest total of declared uncompressed entry sizes, in bytes (default 1 GiB).</param>
    /// <param name="maxCompressionRatio">The largest uncompressed/compressed ratio allowed for a large entry (default 200).</param>
    /// <param name="ratioCheckMinimumBytes">Entries at or below this uncompressed size, in bytes, are not ratio-checked (default 100 MB).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public XlsxFileGuard(
        long maxTotalUncompressedBytes = 1L << 30,
        double maxCompressionRatio = 200,
        long ratioCheckMinimumBytes = 100L * 1024 * 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxTotalUncompressedBytes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCompressionRatio);
        ArgumentOutOfRangeException.ThrowIfNegative(ratioCheckMinimumBytes);
        _maxTotalUncompressedBytes = maxTotalUncompressedBytes;
        _maxCompressionRatio = maxCompressionRatio;
        _ratioCheckMinimumBytes = ratioCheckMinimumBytes;
    }

    /// <summary>A guard with the default limits (1 GiB in total; ratio 200 above 100 MB).</summary>
    public static XlsxFileGuard Default { get; } = new();

    /// <summary>Checks a workbook held in memory.</summary>
    /// <param name="workbook">The file's bytes.</param>
    /// <param name="fileLabel">The file name used as the problem's table, such as <c>portfolio.xlsx</c>.</param>
    /// <exception cref="WorkbookValidationException">The file is not a safe .xlsx package; one problem names why.</exception>
    public void Check(byte[] workbook, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        using var stream = new MemoryStream(workbook, writable: false);
        Check(stream, fileLabel);
    }

    /// <summary>
    /// Checks a workbook stream. The stream must be seekable; its position is restored afterwards.
    /// </summary>
    /// <param name="workbook">A readable, seekable stream positioned anywhere.</param>
    /// <param name="fileLabel">The file name used as the problem's table.</param>
    /// <exception cref="WorkbookValidationException">The file is not a safe .xlsx package; one problem names why.</exception>
    /// <exception cref="ArgumentException">The stream cannot seek or read.</exception>
    public void Check(Stream workbook, string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        if (!workbook.CanSeek || !workbook.CanRead)
        {
            throw new ArgumentException("The workbook stream must be readable and seekable.", nameof(workbook));
        }
        var start = workbook.Position;
        try
        {
            workbook.Position = 0;
            var problem = Inspect(workbook, fileLabel);
            if (problem is not null)
            {
                throw new WorkbookValidationException([new ValidationProblem(fileLabel, null, null, null, problem)]);
            }
        }
        finally
        {
            workbook.Position = start;
        }
    }

    private string? Inspect(Stream workbook, string fileLabel)
    {
        if (ExtensionProblem(fileLabel) is { } named)
        {
            return named;
        }
        if (workbook.Length == 0)
        {
            return "the file is empty (0 bytes); it is not an .xlsx workbook";
        }
        Span<byte> head = stackalloc byte[8];
        var read = workbook.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        workbook.Position = 0;
        if (read == OleSignature.Length && head.SequenceEqual(OleSignature))
        {
            return IsEncryptedPackage(workbook)
                ? "the file is a password-protected workbook (an encrypted OLE compound file, not a zip); remove the password in Excel and save it as .xlsx"
                : "the file is a legacy .xls workbook (an OLE compound file, not a zip); save it as .xlsx";
        }
        if (read < ZipSignature.Length || !head[..ZipSignature.Length].SequenceEqual(ZipSignature))
        {
            return "the file is not an .xlsx workbook (it is not a zip package; CSV or text files cannot be read as workbooks)";
        }
        return InspectZip(workbook);
    }

    /// <summary>The problem with a file named as a workbook kind that is never read (.xls, .xlsb, .xlsm and the other macro kinds, .csv), or null.</summary>
    public static string? ExtensionProblem(string fileLabel)
    {
        ArgumentNullException.ThrowIfNull(fileLabel);
        return Path.GetExtension(fileLabel).ToLowerInvariant() switch
        {
            ".xls" => "the file is named as a legacy .xls workbook; save it as .xlsx",
            ".xlsb" => "the file is named as a binary workbook (.xlsb); save it as .xlsx",
            ".xlsm" or ".xltm" or ".xlam" => $"the file is named as a macro-enabled workbook ({Path.GetExtension(fileLabel)}); save it as .xlsx without macros",
            ".csv" => "the file is named as CSV; portfolio workbooks are .xlsx",
            _ => null,
        };
    }

    // An encrypted OOXML file is an OLE compound file with an EncryptedPackage stream; its directory names are UTF-16.
    private static bool IsEncryptedPackage(Stream workbook)
    {
        var marker = System.Text.Encoding.Unicode.GetBytes("EncryptedPackage");
        var buffer = new byte[Math.Min(workbook.Length, 1L << 20)];
        workbook.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        workbook.Position = 0;
        return buffer.AsSpan().IndexOf(marker) >= 0;
    }

    private string? InspectZip(Stream workbook)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            return $"the file is truncated or not a valid .xlsx package ({exception.Message})";
        }
        using (archive)
        {
            try
            {
                return InspectEntries(archive);
            }
            catch (InvalidDataException exception)
            {
                // The central directory is read lazily: its damage shows while listing the entries.
                return $"the file is truncated or not a valid .xlsx package ({exception.Message})";
            }
        }
    }

    private string? InspectEntries(ZipArchive archive)
    {
        long total = 0;
        var hasContentTypes = false;
        foreach (var entry in archive.Entries)
        {
            hasContentTypes |= entry.FullName == "[Content_Types].xml";
            if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                return "the file is a macro-enabled workbook (it holds a VBA project); save it as .xlsx without macros";
            }
            if (entry.FullName.Equals("xl/workbook.bin", StringComparison.OrdinalIgnoreCase))
            {
                return "the file is a binary workbook (.xlsb); save it as .xlsx";
            }
            total += entry.Length;
            if (total > _maxTotalUncompressedBytes)
            {
                return $"the file expands to more than {_maxTotalUncompressedBytes:N0} bytes; it is rejected as a possible zip bomb";
            }
            var ratio = entry.CompressedLength == 0 ? double.PositiveInfinity : (double)entry.Length / entry.CompressedLength;
            if (entry.Length > _ratioCheckMinimumBytes && ratio > _maxCompressionRatio)
            {
                return $"the part '{entry.FullName}' expands {ratio:N0} times to {entry.Length:N0} bytes; it is rejected as a possible zip bomb";
            }
        }
        return hasContentTypes
            ? null
            : "the file is a zip package but not an .xlsx workbook (it has no [Content_Types].xml)";
    }
}
