namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The ISO 4217 currency codes a workbook's Settings Currency may name (docs/rules.md#workbook-contract: money is in the
/// workbook currency). The list is the standard's current codes, without XXX (no currency) and XTS (testing); it is
/// kept here because the runtime runs with invariant globalization and carries no currency data.
/// </summary>
public static class CurrencyCodes
{
    private static readonly HashSet<string> Codes = new(
        """
        AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF
        CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
        GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR
        LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK
        PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT
        TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG
        XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
        """.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when <paramref name="code"/> (upper case) is a current ISO 4217 code.</summary>
    public static bool IsKnown(string code) => Codes.Contains(code);
}
