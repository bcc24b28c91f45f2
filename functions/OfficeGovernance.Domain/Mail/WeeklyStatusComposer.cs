using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Verdicts;
using OfficeGovernance.Domain.Workbooks;

namespace OfficeGovernance.Domain.Mail;

/// <summary>
/// Composes the weekly status emails (docs/rules.md#weekly-status): one per distinct owner email with that owner's
/// initiatives, and one leadership digest of the whole portfolio to Settings LeadershipEmails plus AccountableLeader.
/// Owners that are not an email get no message; the digest lists them as a policy issue. Recipients are matched and
/// deduplicated case-insensitively; values that are not an email are left out and named in the digest. When no
/// leadership recipient is valid there is no digest. The digest is shaped by <see cref="LeadershipDigest"/>: what
/// needs action first, every list shortened. With a finance model in the input, a finance digest goes to Settings
/// FinanceEmails; when none of them is an email the leadership digest says the finance digest
/// was not sent and why (issue 25), as does every value that is not an email.
/// </summary>
public static class WeeklyStatusComposer
{
    /// <summary>The messages of one week, owners first (in order of first appearance), then the leadership digest, then the finance digest.</summary>
    /// <param name="input">The review and what to compare it with.</param>
    /// <returns>Messages with distinct <see cref="StatusMessage.Key"/>s.</returns>
    public static IReadOnlyList<StatusMessage> Compose(WeeklyStatusInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sections = new StatusSections(input);
        var messages = new List<StatusMessage>();
        var reviews = input.Review.Initiatives;

        var byOwner = reviews.Where(r => EmailAddress.IsWellFormed(r.Initiative.Owner?.Trim()))
            .GroupBy(r => r.Initiative.Owner!.Trim(), StringComparer.OrdinalIgnoreCase);
        foreach (var group in byOwner)
        {
            var owned = group.ToList();
            var ids = owned.Select(r => r.Initiative.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var decisions = input.Decisions.Where(d => ids.Contains(d.Decision.InitiativeId)).ToList();
            var title = $"Your AI initiatives, status {input.Week}";
            var intro = $"Your {Plural(owned.Count, "initiative")} as of {StatusFormat.Date(input.Review.AsOf)}. "
                        + $"Money in {input.Review.Currency}.";
            messages.Add(Message(
                [group.Key], $"{title}: {Counts(owned)}",
                new StatusDocument(title, intro, sections.For(owned, decisions, [])),
                input.Week, StatusMessageKind.Owner, "owner:" + group.Key.ToLowerInvariant()));
        }

        var issues = new List<StatusCell[]>();
        var leaders = Leadership(input, issues);
        issues.AddRange(FinanceRecipientIssues(input.Settings).Select(i => new StatusCell[] { new("Settings"), new(i) }));
        issues.AddRange(reviews.Where(r => !EmailAddress.IsWellFormed(r.Initiative.Owner?.Trim())).Select(r =>
            new StatusCell[]
            {
                new(StatusFormat.Initiative(r.Initiative)),
                new(string.IsNullOrWhiteSpace(r.Initiative.Owner)
                    ? "No owner: nobody received this initiative's status."
                    : $"Owner '{r.Initiative.Owner}' is not an email: nobody received this initiative's status."),
            }));
        if (leaders.Count > 0)
        {
            var title = $"AI portfolio status {input.Week}";
            var intro = $"{Plural(reviews.Count, "initiative")} as of {StatusFormat.Date(input.Review.AsOf)}. "
                        + $"Money in {input.Review.Currency}.";
            var digest = new LeadershipDigest(input);
            messages.Add(Message(
                leaders, digest.Subject(), new StatusDocument(title, intro, digest.Sections(issues)),
                input.Week, StatusMessageKind.Leadership, "leadership"));
        }
        if (input.Finance is { } finance && FinanceRecipients(input.Settings) is { Count: > 0 } accountants)
        {
            messages.Add(FinanceDigest(input, finance, accountants, sections));
        }
        return messages;
    }

    private static StatusMessage FinanceDigest(
        WeeklyStatusInput input, Finance.FinanceReport finance, IReadOnlyList<string> recipients, StatusSections sections)
    {
        var reviews = input.Review.Initiatives;
        var title = $"AI portfolio finance {input.Week}";
        var intro = $"Spend, caps and overages as of {StatusFormat.Date(input.Review.AsOf)}. Money in {input.Review.Currency}.";
        var over = reviews.Count(r => r.Spend.OverCap);
        var unapproved = finance.Exceptions.Count(e => e.Kind == Finance.FinanceExceptionKind.OverCapWithoutApproval);
        var subject = $"{title}: {Plural(over, "initiative")} over the cap, {Plural(unapproved, "unapproved overage")}"
                      + (finance.Log.IsIntact ? "" : ", decision log broken");
        var document = new StatusDocument(title, intro,
        [
            new StatusGlance(input.Review.Currency).SpendBars(reviews),
            .. new FinanceDigestSections(finance).For(),
            .. sections.For(reviews, input.Decisions, []).Where(s => s.Title.StartsWith("Decisions", StringComparison.Ordinal)),
        ]);
        return Message(recipients, subject, document, input.Week, StatusMessageKind.Finance, "finance");
    }

    /// <summary>The finance digest's recipients: Settings FinanceEmails that are emails, deduplicated case-insensitively.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static IReadOnlyList<string> FinanceRecipients(Portfolio.PortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Recipients(settings.FinanceEmails);
    }

    /// <summary>
    /// Why no finance digest is sent, or to whom it is not, in words (issue 25: "the weekly summary says the finance
    /// digest was not sent and why"): FinanceEmails empty, or none of its values an email, and each value that is not
    /// an email. Empty when every value is an email and there is at least one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public static IReadOnlyList<string> FinanceRecipientIssues(Portfolio.PortfolioSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var values = settings.FinanceEmails.Select(e => e.Trim()).Where(e => e.Length > 0).ToArray();
        var issues = values.Where(v => !EmailAddress.IsWellFormed(v))
            .Select(v => $"FinanceEmails value '{v}' is not an email: no finance digest sent to it.").ToList();
        if (values.Length == 0)
        {
            issues.Add("No finance digest was sent: Settings FinanceEmails is empty. Name finance's recipients there to get " +
                       "spend, caps and overages by email each week.");
        }
        else if (FinanceRecipients(settings).Count == 0)
        {
            issues.Add("No finance digest was sent: no Settings FinanceEmails value is an email.");
        }
        return issues;
    }

    private static List<string> Recipients(IEnumerable<string> emails)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return emails.Select(e => e.Trim()).Where(e => EmailAddress.IsWellFormed(e) && seen.Add(e)).ToList();
    }

    private static List<string> Leadership(WeeklyStatusInput input, List<StatusCell[]> issues)
    {
        var leaders = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var candidates = input.Settings.LeadershipEmails.Select(e => ("LeadershipEmails", (string?)e))
            .Append(("AccountableLeader", input.Settings.AccountableLeader));
        foreach (var (setting, raw) in candidates)
        {
            var email = raw?.Trim();
            if (string.IsNullOrEmpty(email))
            {
                continue;
            }
            if (!EmailAddress.IsWellFormed(email))
            {
                issues.Add([new("Settings"), new($"{setting} value '{email}' is not an email: no digest sent to it.")]);
            }
            else if (seen.Add(email))
            {
                leaders.Add(email);
            }
        }
        return leaders;
    }

    private static StatusMessage Message(
        IReadOnlyList<string> recipients, string subject, StatusDocument document, IsoWeek week,
        StatusMessageKind kind, string key) =>
        new(recipients, subject, StatusHtmlRenderer.Render(document), StatusTextRenderer.Render(document), week, kind, key);

    /// <summary>"3 to fix, 1 to pause": verdicts in declaration order, zero counts left out.</summary>
    private static string Counts(IReadOnlyList<InitiativeReview> reviews)
    {
        var counts = Enum.GetValues<Verdict>()
            .Select(v => (Verdict: v, Count: reviews.Count(r => r.Verdict == v)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {StatusFormat.CountLabel(c.Verdict)}")
            .ToList();
        return counts.Count == 0 ? "no initiatives" : string.Join(", ", counts);
    }

    private static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : count.ToString("#,##0", System.Globalization.CultureInfo.InvariantCulture) + $" {noun}s";
}
