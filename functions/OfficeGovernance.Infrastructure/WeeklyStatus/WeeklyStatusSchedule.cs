namespace OfficeGovernance.Infrastructure.WeeklyStatus;

/// <summary>
/// The <c>WeeklyStatus:Schedule</c> setting as the Functions host reads it (<c>%WeeklyStatus:Schedule%</c> in the
/// timer trigger): checked at start-up so a bad value fails then, not at the host's first timer.
/// </summary>
public static class WeeklyStatusSchedule
{
    /// <summary>
    /// True when <paramref name="schedule"/> is an NCRONTAB expression of six fields (seconds first) that NCrontab
    /// parses, so <c>0 0 99 * * Mon</c> fails at start-up rather than at the host's first timer.
    /// </summary>
    public static bool IsValid(string? schedule) =>
        schedule is not null && schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
        && NCrontab.CrontabSchedule.TryParse(schedule, new NCrontab.CrontabSchedule.ParseOptions { IncludingSeconds = true }) is not null;
}
