using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace OfficeGovernance.Cli.Tests.Support;

/// <summary>
/// The Open XML SDK's own schema and semantic validation of a written workbook (docs/rules.md#written-workbooks: valid
/// against the Open XML schema), each error as one line naming the part, the element path and the description.
/// </summary>
public static class SchemaValidation
{
    public static IReadOnlyList<string> ErrorsOf(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToArray();
    }
}
