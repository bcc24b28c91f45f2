using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Cli.Samples;

/// <summary>The fictional people of the sample portfolio and their decision rights (all at example.org).</summary>
public static class SamplePeople
{
    /// <summary>The accountable leader.</summary>
    public const string Cto = "cto@example.org";
    /// <summary>Finance lead; approves large overages.</summary>
    public const string Cfo = "cfo@example.org";
    /// <summary>Security lead; approves High-risk launches and exceptions.</summary>
    public const string Ciso = "ciso@example.org";
    /// <summary>Runs the portfolio review; takes routine decisions up to Medium risk.</summary>
    public const string PortfolioLead = "portfolio.lead@example.org";
    /// <summary>Launches Low and Medium risk work.</summary>
    public const string DeliveryManager = "delivery.manager@example.org";
    /// <summary>Approves small overages.</summary>
    public const string FinancePartner = "finance.partner@example.org";
    /// <summary>Runs rollback drills.</summary>
    public const string OpsLead = "ops.lead@example.org";
    /// <summary>The mailbox the weekly status is sent from.</summary>
    public const string Sender = "ai-governance@example.org";

    private static readonly string[] Owners =
    [
        "maria.lopez", "james.chen", "aisha.khan", "tom.becker", "sofia.rossi", "daniel.okafor", "emma.nilsson",
        "li.wei", "noah.martin", "priya.patel", "lucas.silva", "hannah.schmidt",
    ];

    /// <summary>A workflow owner's email for an index (owners look after two initiatives each).</summary>
    public static string Owner(int index) => $"{Owners[index / 2 % Owners.Length]}@example.org";

    /// <summary>A fallback owner's email for an index (never the workflow owner).</summary>
    public static string Fallback(int index) => $"{Owners[(index / 2 + 5) % Owners.Length]}@example.org";

    /// <summary>The Settings table of the sample.</summary>
    public static PortfolioSettings Settings { get; } = new()
    {
        Currency = "USD",
        ReviewCadence = ReviewCadence.Weekly,
        AccountableLeader = Cto,
        LeadershipEmails = [Cto, Cfo, Ciso],
        // Finance's recipient, so that the sample's weekly run sends the finance digest too (issue 25).
        FinanceEmails = [FinancePartner],
        SenderMailbox = Sender,
        TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York"),
    };

    /// <summary>The DecisionRights table of the sample; <paramref name="securityInitiative"/> gets a scoped row.</summary>
    public static IReadOnlyList<DecisionRight> Rights(string securityInitiative)
    {
        var rows = new List<DecisionRight>();
        void Add(DecisionType type, string approver, string scope = "*", decimal? max = null, RiskLevel risk = RiskLevel.High) =>
            rows.Add(new DecisionRight { Type = type, Approver = approver, Scope = scope, MaxAmount = max, MaxRiskLevel = risk, Row = rows.Count + 1 });

        foreach (var type in Enum.GetValues<DecisionType>().Where(t => t is not (DecisionType.Overage or DecisionType.RollbackDrill)))
        {
            Add(type, Cto);
        }
        Add(DecisionType.Launch, DeliveryManager, risk: RiskLevel.Medium);
        Add(DecisionType.Continue, PortfolioLead, risk: RiskLevel.Medium);
        Add(DecisionType.Fix, PortfolioLead, risk: RiskLevel.Medium);
        Add(DecisionType.Pause, PortfolioLead);
        Add(DecisionType.Exception, Ciso);
        Add(DecisionType.Launch, Ciso, securityInitiative);
        Add(DecisionType.Overage, Cfo, max: 50_000m);
        Add(DecisionType.Overage, FinancePartner, max: 5_000m, risk: RiskLevel.Medium);
        Add(DecisionType.RollbackDrill, OpsLead);
        return rows;
    }
}
