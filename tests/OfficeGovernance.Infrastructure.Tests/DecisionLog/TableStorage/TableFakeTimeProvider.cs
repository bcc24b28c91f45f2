namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>A clock fixed at a given instant, for the x-ms-date of signed requests.</summary>
public sealed class TableFakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
