using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>
/// One header layout of a known schema: the headers that identify it, the header (or headers) of each field as
/// normalised keys (see <see cref="InventoryText.HeaderKey"/>), and its official stage values.
/// A key matches a header equal to it, or, failing any equal header, a header that starts with it as whole words.
/// </summary>
/// <param name="Schema">The schema this layout belongs to.</param>
/// <param name="Description">How the layout is named in messages.</param>
/// <param name="Signature">Header keys that must all be present for the layout to be recognised.</param>
/// <param name="Headers">Each field's header keys, in order of preference.</param>
/// <param name="Stages">The official stage values (answer keys) and the portfolio stage each maps to.</param>
internal sealed record InventoryLayout(
    InventorySchema Schema,
    string Description,
    IReadOnlyList<string> Signature,
    IReadOnlyDictionary<InventoryField, string[]> Headers,
    IReadOnlyDictionary<string, Stage> Stages);
