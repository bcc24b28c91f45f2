using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Infrastructure.Workbooks;

namespace OfficeGovernance.Functions.Tests.Support;

/// <summary>The committed sample portfolio (samples/portfolio.xlsx) and its decision log, as fixtures.</summary>
public static class Sample
{
    private static readonly Lazy<byte[]> Workbook = new(() => File.ReadAllBytes(RepositoryRoot.PathOf("samples/portfolio.xlsx")));

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Bytes => Workbook.Value;

    /// <summary>The sample's sender mailbox (its Settings table).</summary>
    public const string Sender = "ai-governance@example.org";

    /// <summary>The sample's Settings WorkbookId, read from the committed file.</summary>
    public static Guid WorkbookId => PortfolioWorkbookFile.ParseSettings(Bytes, "portfolio.xlsx").WorkbookId
        ?? throw new InvalidOperationException("samples/portfolio.xlsx has no Settings WorkbookId.");

    /// <summary>
    /// The sample as another workbook: the same content under a new WorkbookId (a fresh one when null), so tests
    /// that share one Azurite keep their shared decision logs apart.
    /// </summary>
    public static byte[] WithWorkbookId(Guid? id = null) => XlsxPackage.EditText(Bytes, "xl/sharedStrings.xml",
        text => Replaced(text, DecisionLogKey.Of(WorkbookId), DecisionLogKey.Of(id ?? Guid.NewGuid())));

    /// <summary>The sample as a workbook the system never wrote into: its WorkbookId row's key renamed, so it is ignored.</summary>
    public static byte[] WithoutWorkbookId() => XlsxPackage.EditText(Bytes, "xl/sharedStrings.xml",
        text => Replaced(text, ">WorkbookId<", ">FormerWorkbookId<"));

    private static string Replaced(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
            : throw new InvalidOperationException($"the sample's shared strings do not hold {from}");
}
