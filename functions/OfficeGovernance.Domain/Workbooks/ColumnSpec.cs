namespace OfficeGovernance.Domain.Workbooks;

/// <summary>One column of an input table, or one key of the Settings table.</summary>
/// <param name="Name">The header (or Settings key) as the workbook contract writes it
/// (docs/rules.md#workbook-contract); matched trimmed and case-insensitively.</param>
/// <param name="Type">How cells are read.</param>
/// <param name="Required">True when the column must exist and no cell in it may be blank.</param>
/// <param name="Values">The allowed labels for <see cref="ColumnType.Enum"/> and <see cref="ColumnType.List"/>; otherwise null.</param>
/// <param name="KeepsInvalidEmail">
/// True for an Email column whose non-email text is kept rather than rejected, because the rules report it as a stop
/// condition ("no owner", docs/rules.md#email-addresses).
/// </param>
public sealed record ColumnSpec(
    string Name, ColumnType Type, bool Required = false, IReadOnlyList<string>? Values = null, bool KeepsInvalidEmail = false);
