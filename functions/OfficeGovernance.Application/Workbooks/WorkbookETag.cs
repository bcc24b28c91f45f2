using System.Security.Cryptography;

namespace OfficeGovernance.Application.Workbooks;

/// <summary>
/// The one version tag of a workbook's content (docs/rules.md#workbook-contract: write only over the version read).
/// Graph gives its own eTag for a drive item; a local file, in the workbook folder or named by path, has the
/// SHA-256 of its bytes, so every save compares what it read with what is there the same way.
/// </summary>
public static class WorkbookETag
{
    /// <summary>The eTag of local bytes: their SHA-256 in lower-case hex, quoted as HTTP quotes an eTag.</summary>
    public static string Of(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\"";
    }
}
