namespace OfficeGovernance.Domain.Workbooks;

/// <summary>The Excel number format code of each <see cref="ColumnFormat"/>, the one definition both writers use.</summary>
public static class NumberFormats
{
    /// <summary>Excel's General format.</summary>
    public const string General = "General";

    /// <summary>The format code of <paramref name="format"/>.</summary>
    /// <param name="format">The column format.</param>
    /// <param name="currency">
    /// A 3-letter ISO 4217 code shown after money (<c>#,##0.00 "USD"</c>); null for plain <c>#,##0.00</c>.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three ASCII letters (it goes inside quotes).</exception>
    public static string Of(ColumnFormat format, string? currency)
    {
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetter)))
        {
            throw new ArgumentException($"'{currency}' is not a 3-letter currency code.", nameof(currency));
        }
        return format switch
        {
            ColumnFormat.Text => "@",
            ColumnFormat.Integer => "0",
            ColumnFormat.Number => "0.00",
            ColumnFormat.Money => currency is null ? "#,##0.00" : $"#,##0.00 \"{currency}\"",
            ColumnFormat.Percent => "0.0%",
            ColumnFormat.Date => "yyyy-mm-dd",
            ColumnFormat.DateTime => "yyyy-mm-dd hh:mm",
            ColumnFormat.Month => "mmm yyyy",
            _ => General,
        };
    }
}
