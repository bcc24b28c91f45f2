namespace OfficeGovernance.Domain.Tests.Repository;

/// <summary>
/// The repository's source files as the repository-text tests read them, and the paths those tests do not hold to the
/// rules yet because another piece of work owns them this session.
/// </summary>
internal static class RepositoryFiles
{
    /// <summary>
    /// Paths another piece of work owns for now and clears itself; empty when none is in progress.
    /// </summary>
    public static readonly string[] OwnedByOtherWorkInProgress = [];

    /// <summary>The repository's root folder (where OfficeGovernance.sln is).</summary>
    public static string Root { get; } = Path.GetDirectoryName(RepositoryRoot.PathOf("OfficeGovernance.sln"))!;

    /// <summary>Whether a relative path is on the list above.</summary>
    public static bool IsAllowListed(string relative) =>
        OwnedByOtherWorkInProgress.Any(relative.StartsWith);

    /// <summary>
    /// The files under <paramref name="folder"/> (relative to the root) whose names end with one of
    /// <paramref name="extensions"/>, as '/'-separated relative paths; build output and node_modules are skipped.
    /// </summary>
    public static IEnumerable<string> Under(string folder, params string[] extensions)
    {
        var start = Path.Combine(Root, folder);
        if (File.Exists(start))
        {
            return [folder];
        }
        return Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Where(f => extensions.Any(f.EndsWith))
            .Where(f => !f.Split('/').Any(part => part is "bin" or "obj" or "node_modules" or "dist"))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The text of a relative path.</summary>
    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));
}
