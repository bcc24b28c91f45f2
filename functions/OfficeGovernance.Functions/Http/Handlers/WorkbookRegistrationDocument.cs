namespace OfficeGovernance.Functions.Http.Handlers;

/// <summary>A workbook registered for the weekly run.</summary>
/// <param name="WorkbookId">The workbook.</param>
/// <param name="RegisteredBy">Who registered it first (the caller's identity then).</param>
/// <param name="RegisteredAt">When it was first registered, UTC.</param>
/// <param name="Created">True when this request registered it; false when it already was.</param>
public sealed record WorkbookRegistrationDocument(string WorkbookId, string RegisteredBy, DateTimeOffset RegisteredAt, bool Created);
