using System.Text.RegularExpressions;

namespace OfficeGovernance.Domain.Tests.Repository;

/// <summary>
/// Code cites the rules it enforces as sections of docs/rules.md, a file in the repository, never as sections of the
/// product contract outside it; and every cited section exists (docs/rules.md, opening paragraph).
/// </summary>
public sealed partial class RulesCitationTests
{
    // Built from two pieces so this file does not hold the text it looks for.
    private static readonly string ProductCitation = "PRODUCT.md" + " section";

    [GeneratedRegex(@"docs/rules\.md#([A-Za-z0-9_-]+)")]
    private static partial Regex RulesAnchor();

    [GeneratedRegex(@"^#{1,6}\s+(.+?)\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [Fact]
    public void Sources_OutsideTheAllowList_CiteNoProductMdSection()
    {
        var offenders = SourceFiles()
            .Where(f => !RepositoryFiles.IsAllowListed(f))
            .SelectMany(f => RepositoryFiles.Read(f).Split('\n')
                .Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains(ProductCitation, StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0,
            "Cite a section of docs/rules.md instead of the product contract:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Citations_EveryRulesAnchor_ResolvesToAHeadingOfRulesMd()
    {
        var headings = Heading().Matches(RepositoryFiles.Read("docs/rules.md"))
            .Select(m => Slug(m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var files = SourceFiles()
            .Concat(RepositoryFiles.Under("addin/test", ".ts"))
            .Concat(RepositoryFiles.Under("docs", ".md"))
            .Concat(RepositoryFiles.Under("infra", ".sh", ".bicep", ".md"))
            .Concat(["README.md", "addin/manifest.xml", "addin/package.json"]);

        var dangling = files
            .SelectMany(f => RulesAnchor().Matches(RepositoryFiles.Read(f)).Select(m => (File: f, Anchor: m.Groups[1].Value)))
            .Where(c => !headings.Contains(c.Anchor))
            .Select(c => $"{c.File}: docs/rules.md#{c.Anchor}")
            .Distinct()
            .ToList();

        Assert.NotEmpty(headings);
        Assert.True(dangling.Count == 0, "No such heading in docs/rules.md:\n" + string.Join('\n', dangling));
    }

    [Theory]
    [InlineData("Workbook contract", "workbook-contract")]
    [InlineData("As-of date and periods", "as-of-date-and-periods")]
    [InlineData("HTTP API contract", "http-api-contract")]
    public void Slug_Heading_IsTheGitHubAnchor(string heading, string anchor) => Assert.Equal(anchor, Slug(heading));

    private static IEnumerable<string> SourceFiles() =>
        RepositoryFiles.Under("functions", ".cs")
            .Concat(RepositoryFiles.Under("tests", ".cs", ".ts"))
            .Concat(RepositoryFiles.Under("addin/src", ".ts"));

    /// <summary>The anchor GitHub gives a heading: lower case, spaces to hyphens, punctuation other than - and _ dropped.</summary>
    private static string Slug(string heading) =>
        new(heading.Trim().ToLowerInvariant()
            .Select(c => c == ' ' ? '-' : c)
            .Where(c => char.IsLetterOrDigit(c) || c is '-' or '_')
            .ToArray());
}
