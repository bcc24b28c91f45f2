using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OfficeGovernance.Domain.Classification;
using OfficeGovernance.Domain.Portfolio;

namespace OfficeGovernance.Infrastructure.Tests.Inventory;

/// <summary>
/// Hand-made use cases in the OMB M-25-21 (2025) inventory schema, written by the tests as XLSX (sheet "Consolidated
/// Inventory", a title row above the long survey-question headers on row 2) or as CSV with the short names. They prove
/// the 2025 mapping onto the classifier inputs; they are not an evaluation set. The high-impact answers
/// (is_high_impact, HI_justification, hi_*) are filled with alarming text on harmless rows to show they are never read.
/// </summary>
public static class Omb2025MappingFixture
{
    /// <summary>One row: the level the classifier must give, the cue of its deciding rule, and the cells by short name.</summary>
    public sealed record Case(RiskLevel Expected, RiskCue? Cue, IReadOnlyDictionary<string, string> Cells);

    private static int _made;

    private const string Scary = "Law enforcement facial recognition that determines eligibility for benefits";

    /// <summary>The long survey question of each short column name, in schema order (the XLSX headers).</summary>
    public static IReadOnlyList<(string Short, string Long)> Columns { get; } =
    [
        ("agency", "Agency"), ("agency_name", "Agency Name"), ("id", "Use Case ID\n\n[Agency Abbrev.] \u2013 [#]"),
        ("use_case_name", "Use Case Name"), ("agency_bureau", "Bureau/Component"), ("contact_email", "Email Address"),
        ("is_withheld", "Is the use case withheld from the public inventory?"), ("development_stage", "Stage of Development"),
        ("is_high_impact", "Is the AI use case high-impact?"),
        ("HI_justification", "Provide a justification for the high-impact determination."),
        ("topic_area", "Use Case Topic Area"), ("classification", "AI Classification"),
        ("problem_solved", "What problem is the AI intended to solve?"),
        ("benefits", "What are the expected benefits and positive outcomes from the AI for an agency's mission and/or the general public?"),
        ("system_outputs", "Describe the AI system\u2019s outputs."),
        ("operational_date", "Date when AI use case became operational or the pilot's start date"),
        ("contracting_usage", "Was the AI developed or procured under contract(s)?"), ("vendor_name", "Vendor Name"),
        ("have_ato", "Does this AI use case have an associated Authority to Operate (ATO)?"), ("system_name_ato", "System Name"),
        ("data_description", "Describe any agency-owned data used to train, fine-tune, and/or evaluate the model(s)."),
        ("link_to_data", "Link to the data"),
        ("has_pii", "Does this AI use case  involve personally  identifiable information (PII)  that is maintained by the  agency?"),
        ("pia_url", "Link to the Privacy Impact Assessment"),
        ("demographic_features", "Which, if any, demographic variables does the AI use case explicitly use as model features?"),
        ("has_custom_code", "Does this project include custom-developed code?"), ("code_url", "Link to the open-source code"),
        ("hi_testing_conducted", "Has the agency conducted pre-deployment testing?"),
        ("hi_assessment_completed", "Has an AI impact assessment been completed?"),
        ("hi_potential_impacts", "What are the potential impacts of the AI on rights or safety?"),
        ("hi_independent_review", "Has an independent review been conducted?"),
        ("hi_ongoing_monitoring", "Is there ongoing monitoring?"), ("hi_training_established", "Is training established?"),
        ("hi_failsafe_presence", "Is there a fail-safe?"), ("hi_appeal_process", "Is there an appeal process?"),
        ("hi_public_consultation", "Was the public consulted?"),
    ];

    /// <summary>The rows, in sheet order (sheet rows 3 onward).</summary>
    public static IReadOnlyList<Case> Cases { get; } =
    [
        Row(RiskLevel.Unassessed, null, ("use_case_name", "Generative AI Usage"), ("has_pii", "a) No")),
        Row(RiskLevel.Unassessed, null, ("use_case_name", "Assistant pilot"), ("problem_solved", "N/A"), ("benefits", "TBD"),
            ("system_outputs", "-"), ("is_high_impact", "High-impact"), ("HI_justification", Scary)),
        Row(RiskLevel.Unassessed, null, ("use_case_name", "Copilot licences"), ("classification", "Generative AI")),
        Row(RiskLevel.Unassessed, null, ("use_case_name", "Vendor tool"), ("hi_potential_impacts", Scary), ("topic_area", "Other")),
        Row(RiskLevel.High, RiskCue.BenefitsEligibility, ("problem_solved", "Staff review applications to determine eligibility for housing assistance.")),
        Row(RiskLevel.High, RiskCue.Employment, ("problem_solved", "Ranks job applicants for hiring managers.")),
        Row(RiskLevel.High, RiskCue.LawEnforcement, ("system_outputs", "Matches license plates against a hot list.")),
        Row(RiskLevel.High, RiskCue.Immigration, ("problem_solved", "Sorts asylum applications by urgency.")),
        Row(RiskLevel.High, RiskCue.Biometrics, ("benefits", "Faster identity proofing through face matching.")),
        Row(RiskLevel.High, RiskCue.Health, ("problem_solved", "Suggests a treatment plan for each patient.")),
        Row(RiskLevel.High, RiskCue.FinancialSupervision, ("problem_solved", "Scores the credit risk of supervised institutions for bank examiners.")),
        Row(RiskLevel.High, RiskCue.PhysicalControl, ("system_outputs", "Signal timings for traffic control at intersections.")),
        Row(RiskLevel.High, RiskCue.SecurityScreening, ("problem_solved", "Finds weapons in baggage X-ray images.")),
        Row(RiskLevel.High, RiskCue.Education, ("problem_solved", "Scores scholarship essays for the award panel.")),
        Row(RiskLevel.High, RiskCue.LawEnforcement, ("topic_area", "Law & Justice"), ("problem_solved", "Summarises case files.")),
        Row(RiskLevel.High, null, ("topic_area", "Health & Medical"), ("problem_solved", "Summarises visit notes."), ("has_pii", "b) Yes")),
        Row(RiskLevel.Medium, RiskCue.PersonalData, ("problem_solved", "Summarises correspondence."), ("has_pii", "b) Yes")),
        Row(RiskLevel.Medium, RiskCue.DemographicFeatures, ("problem_solved", "Forecasts caseloads by region."), ("demographic_features", "Age; Sex")),
        Row(RiskLevel.Medium, RiskCue.AgenticAi, ("problem_solved", "Files service desk tickets and closes duplicates."), ("classification", "Agentic AI")),
        Row(RiskLevel.Medium, RiskCue.HealthTopic, ("topic_area", "Health & Medical"), ("problem_solved", "Classifies research abstracts.")),
        Row(RiskLevel.Low, null, ("problem_solved", "Summarises internal meeting notes."), ("has_pii", "a) No"), ("demographic_features", "None"),
            ("classification", "Generative AI"), ("is_high_impact", "High-impact"), ("HI_justification", Scary), ("hi_potential_impacts", Scary),
            ("hi_appeal_process", "Yes"), ("hi_testing_conducted", "Yes")),
        Row(RiskLevel.Low, null, ("topic_area", "Energy & the Environment"), ("problem_solved", "Forecasts electricity demand.")),
        Row(RiskLevel.Low, null, ("problem_solved", "Suggests code completions to developers."), ("is_high_impact", "Not high-impact")),
        Row(RiskLevel.Low, null, ("benefits", "Faster drafting of memos.")),
        Row(RiskLevel.Low, null, ("system_outputs", "A summary of the week's news clippings.")),
        Row(RiskLevel.Low, null, ("topic_area", "Mission-Enabling")),
        Row(RiskLevel.Low, null, ("problem_solved", "Translates press releases."), ("is_withheld", "No"), ("data_description", "Press releases.")),
    ];

    /// <summary>Writes the cases as the published XLSX is shaped.</summary>
    public static void WriteXlsx(string path)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var rows = new List<Row> { new(Cell(0, 1, "2025 Federal Agency AI Use Case Inventory")) { RowIndex = 1 } };
        rows.Add(new Row(Columns.Select((c, i) => Cell(i, 2, c.Long))) { RowIndex = 2 });
        rows.AddRange(Cases.Select((c, n) => new Row(Columns.Select((col, i) => Cell(i, (uint)n + 3, c.Cells.GetValueOrDefault(col.Short, "")))) { RowIndex = (uint)n + 3 }));
        part.Worksheet = new Worksheet(new SheetData(rows));
        workbookPart.Workbook.Sheets!.Append(new Sheet { Name = "Consolidated Inventory", SheetId = 1, Id = workbookPart.GetIdOfPart(part) });
        workbookPart.Workbook.Save();
    }

    /// <summary>The cases as CSV with the short column names.</summary>
    public static InventoryCsvBuilder Csv()
    {
        var csv = InventoryCsvBuilder.Omb2025();
        foreach (var c in Cases)
        {
            csv.Row(c.Cells.Select(p => (p.Key, p.Value)).ToArray());
        }
        return csv;
    }

    private static Case Row(RiskLevel expected, RiskCue? cue, params (string Short, string Value)[] cells)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agency"] = "EX", ["agency_name"] = "Example Agency", ["id"] = "TBD", ["use_case_name"] = $"Use case {++_made}",
            ["development_stage"] = "Pilot", ["contact_email"] = "owner@example.gov",
        };
        foreach (var (key, value) in cells)
        {
            all[key] = value;
        }
        return new Case(expected, cue, all);
    }

    private static Cell Cell(int column, uint row, string text) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = $"{ColumnName(column)}{row}", DataType = CellValues.InlineString,
        };

    private static string ColumnName(int column) =>
        column < 26 ? ((char)('A' + column)).ToString() : $"{(char)('A' + column / 26 - 1)}{(char)('A' + column % 26)}";
}
