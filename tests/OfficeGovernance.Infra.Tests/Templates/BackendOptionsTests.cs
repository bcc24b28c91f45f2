using System.Reflection;
using OfficeGovernance.Application.Workbooks;
using OfficeGovernance.Functions.Http;
using OfficeGovernance.Infrastructure.Graph;
using OfficeGovernance.Infra.Tests.Support;

namespace OfficeGovernance.Infra.Tests.Templates;

/// <summary>
/// Every setting the backend's options types bind is sorted in <see cref="BackendAppSettings"/> (required, optional,
/// local only, or filled from another setting), so the template's tests cover each one the backend can read.
/// </summary>
public sealed class BackendOptionsTests
{
    /// <summary>
    /// Each bindable property of each options type the Functions app binds (its own, the Application's and
    /// Infrastructure's; docs/adr-0030-application-layer.md), as its app setting name.
    /// </summary>
    public static TheoryData<string> BoundSettings() => new(Names());

    private static IEnumerable<string> Names()
    {
        var types = new[] { typeof(AuthOptions).Assembly, typeof(WorkbooksOptions).Assembly, typeof(GraphOptions).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal)
                        && t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });
        return types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true })
                .Select(p => $"{t.GetField("Section")!.GetRawConstantValue()}__{p.Name}"))
            .Order(StringComparer.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BoundSettings))]
    public void BoundSetting_OfTheBackendOptions_IsSortedForTheTemplate(string setting)
    {
        var sorted = BackendAppSettings.Required.Contains(setting) || BackendAppSettings.Optional.Contains(setting)
            || BackendAppSettings.LocalOnly.Contains(setting) || BackendAppSettings.FromOtherSettings.ContainsKey(setting);

        Assert.True(sorted, $"{setting} is bound by the backend but not listed in BackendAppSettings");
    }

    [Fact]
    public void BoundSettings_OfTheBackendOptions_CoverEverySectionTheBackendDocuments()
    {
        var sections = Names().Select(name => name.Split("__")[0]).ToHashSet();

        Assert.Equal(["Auth", "DecisionLog", "Graph", "Http", "WeeklyStatus", "Workbooks"], sections.Order());
    }

    [Fact]
    public void FromOtherSettings_TheSettingReadInstead_IsRequired()
    {
        Assert.All(BackendAppSettings.FromOtherSettings.Values, name => Assert.Contains(name, BackendAppSettings.Required));
    }
}
