namespace OfficeGovernance.Infrastructure.Tests.Mail;

internal sealed class OutboxFakeTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
