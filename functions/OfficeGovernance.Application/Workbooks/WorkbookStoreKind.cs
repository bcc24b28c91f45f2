namespace OfficeGovernance.Application.Workbooks;

/// <summary>Where portfolio workbooks live (the <c>Workbooks:Store</c> setting).</summary>
public enum WorkbookStoreKind
{
    /// <summary>.xlsx files in <c>Workbooks:Directory</c>; weekly status as .eml files (the embedded default).</summary>
    Local,
    /// <summary>OneDrive or SharePoint through Graph; weekly status sent with Graph sendMail and recorded in Table Storage.</summary>
    Graph,
}
