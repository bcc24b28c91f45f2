using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Tests.DecisionLog.TableStorage;

/// <summary>Builds string-only table entities for the Table Storage tests.</summary>
public static class TableEntityBuilder
{
    public static TableEntity Entity(string partitionKey, string rowKey, params (string Name, string Value)[] properties) =>
        new(partitionKey, rowKey, properties.ToDictionary(p => p.Name, p => p.Value));

    public static TableOperation Insert(string partitionKey, string rowKey, params (string Name, string Value)[] properties) =>
        new(TableOperationKind.Insert, Entity(partitionKey, rowKey, properties));

    public static TableOperation Replace(TableEntity entity) => new(TableOperationKind.Replace, entity);

    /// <summary>Row keys that sort as their numbers: r00000, r00001, ...</summary>
    public static string Row(int i) => $"r{i:D5}";
}
