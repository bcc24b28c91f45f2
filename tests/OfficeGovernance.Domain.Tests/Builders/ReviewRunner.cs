using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Verdicts;

namespace OfficeGovernance.Domain.Tests.Builders;

/// <summary>Runs the reviewer on a built portfolio as of <see cref="ReviewDates.AsOf"/> unless told otherwise.</summary>
public static class ReviewRunner
{
    public static PortfolioReview Review(this PortfolioBuilder builder, DateOnly? asOf = null, params DecisionEntry[] decisions) =>
        PortfolioReviewer.Review(builder.Build(), decisions, asOf ?? ReviewDates.AsOf, ReviewDates.ReviewedAt);

    public static InitiativeReview ReviewFirst(this PortfolioBuilder builder, DateOnly? asOf = null, params DecisionEntry[] decisions) =>
        builder.Review(asOf, decisions).Initiatives[0];
}
