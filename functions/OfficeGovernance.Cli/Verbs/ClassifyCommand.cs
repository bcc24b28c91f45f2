using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Inventory;
using OfficeGovernance.Application.Inventory;
using OfficeGovernance.Infrastructure.Inventory;

namespace OfficeGovernance.Cli.Verbs;

/// <summary>
/// <c>classify --source F [--format table|json]</c> (docs/rules.md#risk-classifier): classifies every row of an AI inventory
/// (CSV or XLSX, 2024 or 2025 schema) in source order: riskLevel High, Medium, Low or Unassessed (a row that
/// describes nothing), the reasons with the deciding rules and their sources, and the agreement with what agencies
/// declared.
/// </summary>
internal static class ClassifyCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static Command Create(CliContext context)
    {
        var source = new Option<FileInfo>("--source") { Description = "The inventory (.csv or .xlsx).", Required = true };
        var format = CliOptions.Format();
        var command = new Command("classify", "Classify the risk of every use case of an AI inventory.") { source, format };
        command.SetAction((result, cancellationToken) => VerbRunner.RunAsync(context, async () =>
        {
            var file = result.GetRequiredValue(source);
            var read = new InventoryFiles().Read(file.FullName);
            var rows = InventoryLoading.Assess(read);
            var output = result.GetValue(format) == "json" ? ToJson(file.Name, read, rows) : ToTable(file.Name, read, rows);
            await context.Out.WriteLineAsync(output);
            return ExitCodes.Done;
        }));
        return command;
    }

    private static string ToTable(string name, InventoryReadResult read, IReadOnlyList<AssessedUseCase> rows)
    {
        var text = new StringBuilder();
        text.AppendLine($"{name}: {rows.Count} use cases ({read.Schema}), {read.Issues.Count} values rejected or repaired");
        text.AppendLine($"{"ROW",5} {"RISK",-10} {"DECLARED",-8} ! NAME");
        foreach (var r in rows)
        {
            var line = $"{r.UseCase.SourceRow,5} {r.Classification.Level,-10} {InventoryImportTables.Declared(r.UseCase.DeclaredImpact),-8} " +
                $"{(r.Classification.Disagreement is null ? " " : "!")} {r.UseCase.Name}";
            text.AppendLine(line.Length <= 80 ? line : line[..79] + "…");
        }
        var a = Agreement.Of(rows);
        text.AppendLine();
        text.AppendLine($"Unassessed (the row describes nothing): {a.Unassessed} of {a.Rows}, " +
            $"{a.DeclaredHighUnassessed} of them declared high-impact");
        text.AppendLine($"High: {a.High} of {a.Described} described ({Percent(a.HighShare)}); declared high-impact: " +
            $"{a.DeclaredHigh}, of which High: {a.DeclaredHighClassifiedHigh} ({Percent(a.Recall)}); " +
            $"flagged for review (!): {a.Disagreements}");
        return text.ToString().TrimEnd();
    }

    private static string ToJson(string name, InventoryReadResult read, IReadOnlyList<AssessedUseCase> rows)
    {
        var a = Agreement.Of(rows);
        var document = new
        {
            source = name,
            schema = read.Schema.ToString(),
            rows = rows.Select(r => new
            {
                sourceRow = r.UseCase.SourceRow,
                id = r.Id,
                name = r.UseCase.Name,
                riskLevel = r.Classification.Level.ToString(),
                reasons = r.Classification.DecidingInputs,
                rules = r.Classification.DecidingRules.Select(m => new { condition = m.Rule.Condition, source = m.Rule.Source, input = m.Input }),
                stopConditions = r.Classification.StopConditions.Select(s => new { kind = s.Kind.ToString(), message = s.Message }),
                declaredImpact = InventoryImportTables.Declared(r.UseCase.DeclaredImpact),
                disagreement = r.Classification.Disagreement,
            }),
            agreement = new
            {
                a.Rows, a.Unassessed, a.Described, a.High, a.HighShare, a.DeclaredHigh, a.DeclaredHighClassifiedHigh, a.Recall,
                a.DeclaredHighUnassessed, a.Disagreements,
            },
            issues = read.Issues,
        };
        return JsonSerializer.Serialize(document, Json);
    }

    private static string Percent(double? share) => share is { } s ? s.ToString("P1", CultureInfo.InvariantCulture) : "n/a";
}
