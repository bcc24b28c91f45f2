namespace OfficeGovernance.Application.Workbooks;

/// <summary><c>Workbooks:*</c> settings: Graph (in Azure) or a local folder of .xlsx files.</summary>
public sealed class WorkbooksOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Workbooks";

    /// <summary>Where workbooks live; Local unless set.</summary>
    public WorkbookStoreKind Store { get; set; } = WorkbookStoreKind.Local;

    /// <summary>The local folder; a workbook id is a file name in it (Store Local only).</summary>
    public string Directory { get; set; } = "./data/workbooks";
}
