using OfficeGovernance.Application.Workbooks.Registry;
using OfficeGovernance.Domain.Workbooks;
using OfficeGovernance.Infrastructure.DecisionLog.TableStorage;

namespace OfficeGovernance.Infrastructure.Workbooks.Registry;

/// <summary>What both registries accept, checked before anything is written.</summary>
public static class WorkbookRegistrationRules
{
    /// <summary>The longest workbook id (a Graph drive id and item id together take about 80 characters).</summary>
    public const int MaxWorkbookIdLength = 200;

    /// <summary>The registration to store, after checking its parts.</summary>
    /// <exception cref="ArgumentException">A blank or over-long id, one with control characters or surrounding white
    /// space, an id whose Table key would not decode back to it, a caller that is not a bare email address, or a time
    /// that is not UTC.</exception>
    public static WorkbookRegistration Check(string workbookId, string registeredBy, DateTimeOffset registeredAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workbookId);
        ArgumentException.ThrowIfNullOrWhiteSpace(registeredBy);
        if (workbookId.Length > MaxWorkbookIdLength || workbookId.Any(char.IsControl) || workbookId.Trim() != workbookId
            || !TableStorageDecisionLogStoreLayout.TryUnescapeKey(TableStorageDecisionLogStoreLayout.EscapeKey(workbookId), out _))
        {
            throw new ArgumentException(
                $"Workbook id '{workbookId}' must be 1 to {MaxWorkbookIdLength} characters without control characters " +
                "or surrounding white space.", nameof(workbookId));
        }
        var address = registeredBy.Trim();
        if (!EmailAddress.IsWellFormed(address))
        {
            throw new ArgumentException($"'{registeredBy}' is not an email address.", nameof(registeredBy));
        }
        if (registeredAt.Offset != TimeSpan.Zero)
        {
            throw new ArgumentException($"The registration time {registeredAt:O} must be UTC.", nameof(registeredAt));
        }
        return new WorkbookRegistration(workbookId, address, registeredAt);
    }
}
