/**
 * The id the backend knows the open workbook by (docs/rules.md#http-api-contract): against a local backend (`Workbooks:Store
 * Local`) the file name, a file of its workbooks folder; in Azure (`Graph`) `driveId/itemId`, resolved from the
 * document's URL through Graph's shares API with the signed-in user's Graph token.
 */

/** `u!` + the URL as unpadded base64url, Graph's sharing token for a URL. */
export function shareIdOf(url: string): string {
  const bytes = new TextEncoder().encode(url);
  let binary = "";
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return `u!${btoa(binary).replace(/=+$/, "").replace(/\//g, "_").replace(/\+/g, "-")}`;
}

/** The file name of a document URL or path, decoded: `.../Shared%20Documents/portfolio.xlsx?web=1` gives portfolio.xlsx. */
export function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0];
  const name = decodeURIComponent(path.split(/[\\/]/).pop() ?? "");
  if (!name) {
    throw new Error(`The document's address '${url}' has no file name; save the workbook first.`);
  }
  return name;
}

/**
 * The drive item of a document URL: `GET {graph}/shares/{shareId}/driveItem?$select=id,parentReference`.
 * @throws Error naming the status when Graph answers other than 200, or the answer lacks the ids
 */
export async function driveItemIdOf(url: string, graphToken: string, fetchImpl: typeof fetch,
  graphBaseUrl = "https://graph.microsoft.com/v1.0"): Promise<string> {
  const response = await fetchImpl(
    `${graphBaseUrl}/shares/${shareIdOf(url)}/driveItem?$select=id,parentReference`,
    { headers: { Authorization: `Bearer ${graphToken}`, Accept: "application/json" } });
  if (!response.ok) {
    throw new Error(`Microsoft Graph could not find this workbook (${response.status}); it must be saved in ` +
      "OneDrive or SharePoint and open to you.");
  }
  const item = (await response.json()) as { id?: string; parentReference?: { driveId?: string } };
  if (!item.id || !item.parentReference?.driveId) {
    throw new Error("Microsoft Graph answered without the workbook's drive and item ids.");
  }
  return `${item.parentReference.driveId}/${item.id}`;
}
