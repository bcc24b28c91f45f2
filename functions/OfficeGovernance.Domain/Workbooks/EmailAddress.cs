namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The one email syntax check of the product: the Email cells of PRODUCT.md section 1, owners (the "no owner" stop
/// condition of section 2), and approvers named on the command line or read from a token.
/// </summary>
public static class EmailAddress
{
    /// <summary>
    /// True for text shaped like an email address (<c>local@domain.tld</c>: one @, a dot inside the domain, no spaces,
    /// commas, semicolons or angle brackets); deliverability is not checked. The caller trims.
    /// </summary>
    public static bool IsWellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@') || text.AsSpan().ContainsAny(" \t\r\n,;<>"))
        {
            return false;
        }
        var domain = text.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal) && domain[0] != '.';
    }
}
