namespace OfficeGovernance.Infrastructure.Tests.Workbooks;

/// <summary>The committed fixture workbooks, copied beside the test assembly.</summary>
public static class FixtureFiles
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));
}
