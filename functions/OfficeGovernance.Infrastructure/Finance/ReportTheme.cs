using DocumentFormat.OpenXml.Packaging;

namespace OfficeGovernance.Infrastructure.Finance;

/// <summary>
/// The report's theme part (issue 25: "charts that do not depend on an application's defaults"): the Office colour
/// and font scheme written out, so that a viewer resolving a theme colour or font never falls back to its own. The
/// series colours of <see cref="ReportColours"/> are set explicitly on every chart besides.
/// </summary>
internal static class ReportTheme
{
    /// <summary>Adds the theme part to the workbook.</summary>
    public static void Add(WorkbookPart workbookPart)
    {
        var part = workbookPart.AddNewPart<ThemePart>();
        using var stream = part.GetStream(FileMode.Create);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(Xml);
    }

    private const string Xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"OfficeGovernance\">" +
        "<a:themeElements>" +
        "<a:clrScheme name=\"OfficeGovernance\">" +
        "<a:dk1><a:srgbClr val=\"000000\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>" +
        "<a:dk2><a:srgbClr val=\"44546A\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>" +
        "<a:accent1><a:srgbClr val=\"1F4E79\"/></a:accent1><a:accent2><a:srgbClr val=\"C55A11\"/></a:accent2>" +
        "<a:accent3><a:srgbClr val=\"7F7F7F\"/></a:accent3><a:accent4><a:srgbClr val=\"2E75B6\"/></a:accent4>" +
        "<a:accent5><a:srgbClr val=\"548235\"/></a:accent5><a:accent6><a:srgbClr val=\"BF9000\"/></a:accent6>" +
        "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>" +
        "</a:clrScheme>" +
        "<a:fontScheme name=\"OfficeGovernance\">" +
        "<a:majorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont>" +
        "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont>" +
        "</a:fontScheme>" +
        "<a:fmtScheme name=\"OfficeGovernance\">" +
        "<a:fillStyleLst>" +
        "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>" +
        "<a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"50000\"/></a:schemeClr></a:solidFill>" +
        "<a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"80000\"/></a:schemeClr></a:solidFill>" +
        "</a:fillStyleLst>" +
        "<a:lnStyleLst>" +
        "<a:ln w=\"6350\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>" +
        "<a:ln w=\"12700\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>" +
        "<a:ln w=\"19050\"><a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill></a:ln>" +
        "</a:lnStyleLst>" +
        "<a:effectStyleLst>" +
        "<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>" +
        "<a:effectStyle><a:effectLst/></a:effectStyle>" +
        "</a:effectStyleLst>" +
        "<a:bgFillStyleLst>" +
        "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>" +
        "<a:solidFill><a:schemeClr val=\"phClr\"><a:tint val=\"95000\"/></a:schemeClr></a:solidFill>" +
        "<a:solidFill><a:schemeClr val=\"phClr\"><a:shade val=\"90000\"/></a:schemeClr></a:solidFill>" +
        "</a:bgFillStyleLst>" +
        "</a:fmtScheme>" +
        "</a:themeElements>" +
        "<a:objectDefaults/><a:extraClrSchemeLst/>" +
        "</a:theme>";
}
