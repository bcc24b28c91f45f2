namespace OfficeGovernance.Functions.WeeklyStatus;

/// <summary>The storage queue between the weekly timer and the per-workbook runs (docs/rules.md#weekly-run-through-graph).</summary>
public static class WeeklyStatusQueue
{
    /// <summary>The queue's name; its poison queue is <c>weekly-status-poison</c>.</summary>
    public const string Name = "weekly-status";

    /// <summary>
    /// The host connection setting prefix (<c>AzureWebJobsStorage</c>, identity-based in Azure:
    /// <c>AzureWebJobsStorage__queueServiceUri</c> with the managed identity).
    /// </summary>
    public const string Connection = "AzureWebJobsStorage";

    /// <summary>How many times a message is tried before it goes to the poison queue (host.json <c>maxDequeueCount</c>).</summary>
    public const int MaxDequeueCount = 5;
}
