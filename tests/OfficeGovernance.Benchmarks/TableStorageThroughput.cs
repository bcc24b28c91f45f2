using System.Diagnostics;
using Azure.Data.Tables;
using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;
using OfficeGovernance.Tests.Shared.Azurite;

namespace OfficeGovernance.Benchmarks;

/// <summary>
/// Issue #4's measurements against Azurite on loopback: appends per second for one writer and for 8 concurrent
/// writers, and the time to verify a 10,000-entry chain. Throughput is a rate, not a ratio, so this is a plain
/// measuring run rather than a BenchmarkDotNet job:
/// <c>dotnet run -c Release --project tests/OfficeGovernance.Benchmarks -- table</c>.
/// </summary>
public static class TableStorageThroughput
{
    public static async Task RunAsync()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        try
        {
            var client = TableStorageClients.Create(azurite.ConnectionString);
            var table = AzuriteFixture.UniqueTableName();

            var single = await AppendAsync(client, table, "single.xlsx", writers: 1, perWriter: 500);
            Console.WriteLine($"1 writer: {single:F0} appends/s");
            var concurrent = await AppendAsync(client, table, "concurrent.xlsx", writers: 8, perWriter: 100);
            Console.WriteLine($"8 concurrent writers: {concurrent:F0} appends/s in total");

            await AppendAsync(client, table, "verify.xlsx", writers: 1, perWriter: 10_000);
            var store = new TableStorageDecisionLogStore(client, "verify.xlsx", table);
            var clock = Stopwatch.StartNew();
            var verification = await store.VerifyAsync(CancellationToken.None);
            Console.WriteLine($"verify of {verification.EntryCount:N0} entries: {clock.Elapsed.TotalSeconds:F2} s ({(verification.IsIntact ? "intact" : verification.Message)})");
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    private static async Task<double> AppendAsync(TableServiceClient client, string table, string workbook, int writers, int perWriter)
    {
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            var store = new TableStorageDecisionLogStore(client, workbook, table);
            for (var i = 0; i < perWriter; i++)
            {
                await store.AppendAsync(Draft($"{workbook}-{w}-{i}"), CancellationToken.None);
            }
        })));
        return writers * perWriter / clock.Elapsed.TotalSeconds;
    }

    private static DecisionDraft Draft(string id) => new()
    {
        DecisionId = id, Timestamp = DateTimeOffset.UnixEpoch, InitiativeId = "INI-1", DecisionType = DecisionType.Continue,
        WhatChanged = "Continue", Why = "Benchmark", ApprovedBy = "cto@example.org",
    };
}
