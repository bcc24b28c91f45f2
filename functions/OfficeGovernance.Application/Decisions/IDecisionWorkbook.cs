using OfficeGovernance.Domain.DecisionLog;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Application.Decisions;

/// <summary>
/// The workbook a decision is recorded for, as its host found it (docs/rules.md#decision-log): a stored workbook read
/// by the HTTP API, or a local file named to the <c>decide</c> verb, with its decision log already opened.
/// </summary>
public interface IDecisionWorkbook
{
    /// <summary>Names the workbook in a default WhatChanged: the workbook id, or the file name.</summary>
    string Label { get; }

    /// <summary>The workbook's validated tables, as read once.</summary>
    PortfolioWorkbook Workbook { get; }

    /// <summary>Its decision log; a <see cref="BoundDecisionLog"/> when the log is bound to the stored workbook presenting it.</summary>
    IDecisionLogStore Log { get; }

    /// <summary>True when the log is shared and keyed by <c>Settings.WorkbookId</c>, which the decision then needs.</summary>
    bool IsShared { get; }

    /// <summary>True when whoever records the decision may read <paramref name="holder"/>, the workbook the id is bound to.</summary>
    Task<bool> MayReadHolderAsync(string holder, CancellationToken cancellationToken);

    /// <summary>The tables of the workbook the id is bound to, or null when it is no longer stored.</summary>
    /// <exception cref="OfficeGovernance.Domain.Workbooks.WorkbookValidationException">That workbook is invalid.</exception>
    Task<PortfolioWorkbook?> ReadHolderAsync(string holder, CancellationToken cancellationToken);

    /// <summary>
    /// Gives the workbook its <c>Settings.WorkbookId</c> (docs/rules.md#workbook-contract: written once, by the system),
    /// saved through the workbook's round trip only over the version read, and returns its log keyed by that id.
    /// </summary>
    /// <exception cref="OfficeGovernance.Application.Workbooks.WorkbookConflictException">The workbook changed since it was read; nothing was written.</exception>
    /// <exception cref="IOException">Another command is writing the local file (its <c>.writing</c> file exists); nothing was written.</exception>
    Task<IDecisionLogStore> GiveWorkbookIdAsync(CancellationToken cancellationToken);
}
