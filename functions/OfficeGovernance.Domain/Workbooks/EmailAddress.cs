namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The one email syntax rule of the product (docs/rules.md, "Email addresses"): the Email cells of the workbook, owners
/// (the "no owner" stop condition), who gets an owner email or a digest, approvers named on the command line or read
/// from a token, whoever registers a workbook, and the mailbox Graph sends as. One rule, so an address the review
/// accepts is one that gets mail, and one the review stops on gets none.
/// </summary>
public static class EmailAddress
{
    // Characters that a bare address never has and that could split or extend a mail header.
    private const string Forbidden = "<>()[]\\,;:\"";

    /// <summary>
    /// True for text that is one bare email address, <c>local@domain.tld</c>: one @ with text before it, no white space,
    /// control characters or any of <c>&lt; &gt; ( ) [ ] \ , ; : "</c> (so no display name and no list), and a
    /// domain with a dot inside it (not first, not last, never two in a row). <c>ann@localhost</c> is therefore not
    /// an address: a portfolio's people have organisational mailboxes, and a dotless domain is a typo or a
    /// placeholder, which the review should stop on rather than mail. Deliverability is not checked. The caller trims;
    /// null is not an address.
    /// </summary>
    public static bool IsWellFormed(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }
        var at = text.IndexOf('@');
        if (at <= 0 || at != text.LastIndexOf('@'))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || Forbidden.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }
        var domain = text.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.Contains("..", StringComparison.Ordinal) && domain[0] != '.';
    }
}
