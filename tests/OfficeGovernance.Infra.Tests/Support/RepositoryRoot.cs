namespace OfficeGovernance.Infra.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string PathOf(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OfficeGovernance.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("OfficeGovernance.sln not found above " + AppContext.BaseDirectory);
    }
}
