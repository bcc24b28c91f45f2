using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Infrastructure.Workbooks;

/// <summary>Turns the parser's failures on a malformed package into a problem report that names the file.</summary>
internal static class UnreadableWorkbook
{
    /// <summary>True for the exceptions a malformed package raises (not programming errors).</summary>
    public static bool Is(Exception exception) =>
        exception is OpenXmlPackageException or FileFormatException or XmlException or InvalidDataException or FormatException;

    /// <summary>The validation failure for an unreadable workbook, quoting the parser's message.</summary>
    public static WorkbookValidationException Problem(string fileLabel, Exception exception) =>
        new([new ValidationProblem(fileLabel, null, null, null, $"the workbook cannot be read: {exception.Message}")]);
}
