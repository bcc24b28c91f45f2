using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>Turns the parser's failures on a malformed package into a problem report that names the file.</summary>
internal static class UnreadableWorkbook
{
    /// <summary>True for the exceptions a malformed package raises (not programming errors).</summary>
    public static bool Is(Exception exception) =>
        exception is OpenXmlPackageException or FileFormatException or XmlException or InvalidDataException or FormatException
        // The package layer reports a relationship to a part the zip lacks, or a malformed or repeated content type, as
        // an invalid operation or argument of its own; the same types from elsewhere remain programming errors.
        || (exception is InvalidOperationException or ArgumentException && exception.Source is { } source
            && (source.StartsWith("System.IO.Packaging", StringComparison.Ordinal) || source.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal)));

    /// <summary>
    /// Opens a package, turning any failure of the package loader into the problem naming the file. Loading reads
    /// only the (in-memory, seekable) input, so whatever it throws is about the input: a relationship to a missing
    /// part, a malformed or repeated content type, a damaged zip.
    /// </summary>
    /// <exception cref="WorkbookValidationException">The package cannot be loaded.</exception>
    public static SpreadsheetDocument Open(Stream xlsx, bool editable, string fileLabel)
    {
        try
        {
            return SpreadsheetDocument.Open(xlsx, editable, new OpenSettings { AutoSave = false });
        }
        catch (Exception exception) when (Is(exception) || exception is ArgumentException or InvalidOperationException)
        {
            throw Problem(fileLabel, exception);
        }
    }

    /// <summary>
    /// The package's workbook part, after checking it is a plain workbook: a macro-enabled workbook or template that
    /// got past the file checks is refused (docs/rules.md#hostile-workbooks).
    /// </summary>
    /// <exception cref="FileFormatException">The package has no workbook part, or it is not a plain .xlsx workbook.</exception>
    public static WorkbookPart WorkbookPartOf(SpreadsheetDocument document)
    {
        if (document.DocumentType != SpreadsheetDocumentType.Workbook)
        {
            throw new FileFormatException(document.DocumentType switch
            {
                SpreadsheetDocumentType.MacroEnabledWorkbook or SpreadsheetDocumentType.MacroEnabledTemplate or SpreadsheetDocumentType.AddIn =>
                    "it is a macro-enabled workbook; save it as .xlsx without macros",
                _ => $"it is a {document.DocumentType} rather than an .xlsx workbook; save it as .xlsx",
            });
        }
        return document.WorkbookPart ?? throw new FileFormatException("the package has no workbook part");
    }

    /// <summary>The validation failure for an unreadable workbook, quoting the parser's message.</summary>
    public static WorkbookValidationException Problem(string fileLabel, Exception exception) =>
        new([new ValidationProblem(fileLabel, null, null, null, exception is InvalidOperationException
            ? $"the workbook cannot be read: the package refers to a part it does not contain ({exception.Message})"
            : exception is ArgumentException
            ? $"the workbook cannot be read: its package structure is invalid ({exception.Message})"
            : $"the workbook cannot be read: {exception.Message}")]);
}
