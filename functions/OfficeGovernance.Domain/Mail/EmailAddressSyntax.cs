namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// A conservative check that text is one bare email address (local@domain, no display name, no spaces or
/// characters that could break a mail header), used to decide who gets an owner email.
/// </summary>
internal static class EmailAddressSyntax
{
    private const string Forbidden = "<>()[]\\,;:\"";

    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at == text.Length - 1)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (c <= ' ' || c == '\u007f' || Forbidden.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }
        var domain = text[(at + 1)..];
        return !domain.StartsWith('.') && !domain.EndsWith('.');
    }
}
