namespace OfficeGovernance.Tests.Shared;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string PathOf(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OfficeGovernance.sln")))
            {
                return Path.Combine(dir.FullName, relative);
            }
        }
        throw new InvalidOperationException("OfficeGovernance.sln not found above " + AppContext.BaseDirectory);
    }
}
