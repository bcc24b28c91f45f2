using System.Text.RegularExpressions;

namespace OfficeGovernance.Domain.Tests.Repository;

/// <summary>
/// One public type per file, named after it, in a file-scoped namespace (the house rules): a newcomer finds a type by
/// its file name. Nested types are fine; they sit inside their type, indented.
/// </summary>
public sealed partial class OneTypePerFileTests
{
    // With file-scoped namespaces a top-level type starts at column 0; a nested one is indented.
    [GeneratedRegex(
        @"^public\s+(?:(?:sealed|static|abstract|partial|readonly|record|unsafe|ref)\s+)*(?:class|record|struct|interface|enum|delegate)\s+(?:[\w.<>\[\]?]+\s+)?(\w+)",
        RegexOptions.Multiline)]
    private static partial Regex TopLevelPublicType();

    [GeneratedRegex(@"^namespace\s+[\w.]+\s*$", RegexOptions.Multiline)]
    private static partial Regex BlockNamespace();

    [Fact]
    public void SourceFiles_OutsideTheAllowList_DeclareAtMostOnePublicTopLevelType()
    {
        var offenders = CheckedFiles()
            .Select(f => (File: f, Types: TopLevelPublicType().Matches(RepositoryFiles.Read(f)).Select(m => m.Groups[1].Value).ToList()))
            .Where(f => f.Types.Count > 1)
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToList();

        Assert.True(offenders.Count == 0, "Split into one file per public type:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void SourceFiles_OutsideTheAllowList_UseFileScopedNamespaces()
    {
        var offenders = CheckedFiles().Where(f => BlockNamespace().IsMatch(RepositoryFiles.Read(f))).ToList();

        Assert.True(offenders.Count == 0, "Use a file-scoped namespace:\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("namespace A;\n\npublic enum One { X }\n\n/// <summary>Two.</summary>\npublic sealed record Two(int A);\n", 2)]
    [InlineData("namespace A;\n\npublic static class One\n{\n    public enum Nested { X }\n    public sealed record Inner(int A);\n}\n", 1)]
    [InlineData("namespace A;\n\ninternal sealed class Hidden;\n\npublic readonly record struct Shown(int A);\n", 1)]
    public void TopLevelPublicType_Source_CountsOnlyTopLevelPublicTypes(string source, int expected) =>
        Assert.Equal(expected, TopLevelPublicType().Matches(source).Count);

    private static IEnumerable<string> CheckedFiles() =>
        RepositoryFiles.Under("functions", ".cs").Where(f => !RepositoryFiles.IsAllowListed(f));
}
