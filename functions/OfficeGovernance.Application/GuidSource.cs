namespace OfficeGovernance.Application;

/// <summary>
/// Makes the GUIDs the backend assigns (decision ids, <c>Settings.WorkbookId</c>): the randomness of the API, injected
/// like time so that a test can pass a known sequence.
/// </summary>
public class GuidSource
{
    /// <summary>A new random GUID, never <see cref="Guid.Empty"/>.</summary>
    public virtual Guid NewGuid() => Guid.NewGuid();
}
