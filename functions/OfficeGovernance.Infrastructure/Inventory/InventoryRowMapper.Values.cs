using OfficeGovernance.Domain.Inventory;

namespace OfficeGovernance.Infrastructure.Inventory;

/// <summary>Reading and reporting single values for <see cref="InventoryRowMapper"/>.</summary>
internal sealed partial class InventoryRowMapper
{
    private static readonly HashSet<string> IdPlaceholders =
        new(["tbd", "n/a", "na", "not applicable", "none", "unknown", "-", "?"], StringComparer.Ordinal);

    private InventorySourceRow WithoutErrorCells(InventorySourceRow row)
    {
        if (!Array.Exists(row.Cells, c => c.IsError))
        {
            return row;
        }
        var cells = (InventoryCell[])row.Cells.Clone();
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].IsError)
            {
                issues.Add(new InventoryIssue(row.SourceRow, columns.HeaderOf(i), cells[i].Text, InventoryIssueAction.Rejected,
                    $"the cell holds the formula error {cells[i].Text}; it is read as blank"));
                cells[i] = InventoryCell.Empty;
            }
        }
        return row with { Cells = cells };
    }

    private string? Raw(InventorySourceRow row, InventoryField field) =>
        columns[field] < 0 ? null : row[columns[field]].Text;

    private string? Text(InventorySourceRow row, InventoryField field) => InventoryText.Clean(Raw(row, field));

    private void Report(InventorySourceRow row, InventoryField field, string? repair, string? rejection)
    {
        if (repair is null && rejection is null)
        {
            return;
        }
        var column = columns[field];
        issues.Add(new InventoryIssue(
            row.SourceRow, columns.HeaderOf(column), row[column].Text,
            rejection is null ? InventoryIssueAction.Repaired : InventoryIssueAction.Rejected, rejection ?? repair!));
    }

    private InventoryDate? Date(InventorySourceRow row, InventoryField field)
    {
        if (columns[field] < 0)
        {
            return null;
        }
        var outcome = InventoryDateParser.Parse(row[columns[field]]);
        Report(row, field, outcome.Repair, outcome.Rejection);
        return outcome.Date;
    }

    private SurveyAnswer YesNo(InventorySourceRow row, InventoryField field)
    {
        var answer = InventoryAnswers.YesNo(Raw(row, field), out var recognised);
        if (!recognised)
        {
            Report(row, field, null, "not a yes/no answer; read as unknown");
        }
        return answer;
    }

    private string? SourceId(InventorySourceRow row)
    {
        if (columns[InventoryField.SourceId] < 0)
        {
            return null;
        }
        var id = Text(row, InventoryField.SourceId);
        if (id is null || IdPlaceholders.Contains(id.ToLowerInvariant().TrimEnd('.')))
        {
            Report(row, InventoryField.SourceId, null, "no use case id (blank or a placeholder); the importer assigns one");
            return null;
        }
        if (_ids.TryGetValue(id, out var first))
        {
            Report(row, InventoryField.SourceId, null, $"the id is already used by row {first}; the importer assigns this row another");
            return null;
        }
        _ids.Add(id, row.SourceRow);
        return id;
    }

    private string? ContactEmail(InventorySourceRow row)
    {
        var email = Text(row, InventoryField.ContactEmail);
        if (email is null)
        {
            return null;
        }
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.Contains(' ', StringComparison.Ordinal)
            && !email.EndsWith('.'))
        {
            return email;
        }
        Report(row, InventoryField.ContactEmail, null, "not an email address; the contact is left empty");
        return null;
    }

    private string? Purpose(InventorySourceRow row)
    {
        var purpose = Text(row, InventoryField.Purpose);
        var benefits = Text(row, InventoryField.Benefits);
        var joined = purpose is null ? benefits : benefits is null ? purpose : $"{purpose} {benefits}";
        return joined ?? Text(row, InventoryField.Summary);
    }

    private string? WithExplanation(InventorySourceRow row, InventoryField field, string? value)
    {
        var other = InventoryText.Clean(row[columns.OtherExplanationAfter(columns[field])].Text);
        return other is null ? value : value is null ? other : $"{value}: {other}";
    }

    // 2024 answers are sometimes JSON lists (["Race/Ethnicity","Age"]); "None" and "N/A" mean no demographic features.
    private string? Demographics(InventorySourceRow row)
    {
        var text = Text(row, InventoryField.Demographics);
        if (text is not null && InventoryText.IsNotApplicable(text.ToLowerInvariant().TrimEnd('.')))
        {
            text = null;
        }
        else if (text is ['[', .., ']'])
        {
            var items = text[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(item => item.Trim('"').Trim());
            text = InventoryText.Clean(string.Join(", ", items));
        }
        return text is null ? null : WithExplanation(row, InventoryField.Demographics, text);
    }

    private string? DeclaredImpactText(InventorySourceRow row)
    {
        if (columns.Layout.Schema != InventorySchema.Dhs2024)
        {
            return Text(row, InventoryField.DeclaredImpact);
        }
        var rights = Text(row, InventoryField.RightsImpacting);
        var safety = Text(row, InventoryField.SafetyImpacting);
        return rights is null && safety is null
            ? null
            : $"Rights-impacting: {rights ?? "(blank)"}; Safety-impacting: {safety ?? "(blank)"}";
    }
}
