using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Domain.CostImport;

/// <summary>
/// The Spend category of a FOCUS charge (docs/rules.md#cost-import): ServiceCategory "AI and Machine Learning"
/// is Model usage; a marketplace or SaaS purchase is Software; the rest is Cloud. A CostAllocation rule's Category
/// overrides it.
/// </summary>
public static class FocusCategory
{
    /// <summary>The FOCUS ServiceCategory value of model and AI services (FOCUS 1.0 ServiceCategory allowed values).</summary>
    public const string AiAndMachineLearning = "AI and Machine Learning";

    /// <summary>The category of a charge.</summary>
    public static SpendCategory Of(FocusCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        if (string.Equals(charge.ServiceCategory?.Trim(), AiAndMachineLearning, StringComparison.OrdinalIgnoreCase))
        {
            return SpendCategory.ModelUsage;
        }
        return IsMarketplace(charge) ? SpendCategory.Software : SpendCategory.Cloud;
    }

    /// <summary>
    /// True when a third party produced what the charge pays for: its PublisherName is neither the provider nor the
    /// invoice issuer (a Red Hat product on an AWS invoice, a SaaS plan bought in Azure Marketplace). A provider's own
    /// regional entities (such as "Amazon Web Services Canada, Inc.") issue the invoice themselves, so they stay Cloud.
    /// </summary>
    public static bool IsMarketplace(FocusCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        var publisher = charge.PublisherName?.Trim();
        return !string.IsNullOrEmpty(publisher)
            && !string.Equals(publisher, charge.ProviderName.Trim(), StringComparison.OrdinalIgnoreCase)
            && !string.Equals(publisher, charge.InvoiceIssuerName?.Trim(), StringComparison.OrdinalIgnoreCase);
    }
}
