using System.Security.Cryptography;
using System.Text;

namespace OfficeGovernance.Infrastructure.Mail;

/// <summary>
/// Turns a message key into a file name that is safe on every file system and one-to-one with the key (keys are
/// case-insensitive): lowercase letters, digits, '@', '-' and non-leading '.' are kept; every other character becomes
/// "_" and its UTF-16 code in hex ("owner:a@x.com" gives "owner_3a_a@x.com"); names past 150 characters are cut and
/// suffixed with a hash of the key.
/// </summary>
internal static class OutboxFileName
{
    public static string For(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var lower = key.ToLowerInvariant();
        var name = new StringBuilder(lower.Length + 8);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '@' or '-' || (c == '.' && i > 0);
            if (keep)
            {
                name.Append(c);
            }
            else
            {
                name.Append('_').Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
            }
        }
        if (name.Length <= 150)
        {
            return name.ToString();
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lower)))[..16];
        return name.ToString(0, 150) + "-" + hash;
    }
}
