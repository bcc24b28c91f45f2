using OfficeGovernance.Domain.CostImport;
using OfficeGovernance.Domain.Portfolio;
using static OfficeGovernance.Domain.Tests.CostImport.FocusChargeBuilder;

namespace OfficeGovernance.Domain.Tests.CostImport;

public class FocusCategoryTests
{
    [Theory]
    [InlineData("AI and Machine Learning", "Microsoft", "Microsoft", SpendCategory.ModelUsage)]
    [InlineData("ai and machine learning", "Contoso AI", "Microsoft", SpendCategory.ModelUsage)]
    [InlineData("Other", "Red Hat Inc.", "Amazon Web Services, Inc.", SpendCategory.Software)]
    [InlineData("Compute", "Amazon Web Services Canada, Inc.", "Amazon Web Services Canada, Inc.", SpendCategory.Cloud)]
    [InlineData("Compute", "AWS", "Amazon Web Services, Inc.", SpendCategory.Cloud)]
    [InlineData(null, null, null, SpendCategory.Cloud)]
    public void Of_ServiceCategoryAndPublisher_GivesTheCategory(string? serviceCategory, string? publisher, string? issuer, SpendCategory expected)
    {
        var charge = Charge(serviceCategory: serviceCategory, publisher: publisher, invoiceIssuer: issuer) with
        {
            PublisherName = publisher, InvoiceIssuerName = issuer,
        };

        Assert.Equal(expected, FocusCategory.Of(charge));
    }
}
