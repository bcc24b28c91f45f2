namespace OfficeGovernance.Functions.Tests.Support;

/// <summary>The committed sample portfolio (samples/portfolio.xlsx) and its decision log, as fixtures.</summary>
public static class Sample
{
    private static readonly Lazy<byte[]> Workbook = new(() => File.ReadAllBytes(RepositoryRoot.PathOf("samples/portfolio.xlsx")));

    /// <summary>The workbook's bytes.</summary>
    public static byte[] Bytes => Workbook.Value;

    /// <summary>The sample's sender mailbox (its Settings table).</summary>
    public const string Sender = "ai-governance@example.org";
}
