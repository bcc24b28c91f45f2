namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// The file is not an AI use case inventory the importer knows (docs/rules.md#inventory-import): no header
/// row of the 2024 OMB, DHS 2024 or 2025 OMB formats, or an XLSX that cannot be read safely. The CLI maps it to exit
/// code 2 (docs/rules.md#command-line). The message names the file and what was expected.
/// </summary>
public sealed class InventoryFormatException : Exception
{
    /// <summary>Creates the exception with a message that names the file.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    public InventoryFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the failure that caused it.</summary>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="innerException">The underlying failure (a guard or parser error).</param>
    public InventoryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
