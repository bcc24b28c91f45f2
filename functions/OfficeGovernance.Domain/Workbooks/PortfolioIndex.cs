namespace OfficeGovernance.Domain.Workbooks;

/// <summary>
/// The ids declared so far while parsing, for duplicate and reference checks (docs/rules.md#workbook-contract). Ids are matched
/// case-insensitively and references resolve to the spelling of the declaring row, so equal ids share one string.
/// A table that could not be read leaves its ids unknown (null), and references to it are then not checked.
/// </summary>
internal sealed class PortfolioIndex
{
    /// <summary>InitiativeId to (spelling, declaring row); null when the Initiatives ids could not be read.</summary>
    public Dictionary<string, (string Id, int Row)>? Initiatives { get; set; }

    /// <summary>Per canonical InitiativeId, metric name to (spelling, slot, declaring row); null when unknown.</summary>
    public Dictionary<string, Dictionary<string, MetricSlot>>? Metrics { get; set; }

    /// <summary>
    /// Resolves an InitiativeId reference in <paramref name="column"/> of the reader's current row: the declared
    /// spelling, the text as written when ids are unknown, or null (reported) when no initiative has it.
    /// </summary>
    public string? Initiative(TableReader reader, int column)
    {
        var id = reader.Text(column);
        if (id is null || Initiatives is null)
        {
            return id;
        }
        if (Initiatives.TryGetValue(id, out var declared))
        {
            return declared.Id;
        }
        reader.Report(column, $"unknown InitiativeId '{id}': no Initiatives row has it");
        return null;
    }
}

/// <summary>A declared metric: its spelling, a dense number for keying observations, and its Metrics row.</summary>
internal readonly record struct MetricSlot(string Name, int Slot, int Row);
