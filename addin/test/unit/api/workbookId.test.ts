import { describe, expect, it } from "vitest";
import { driveItemIdOf, fileNameOf, shareIdOf } from "../../../src/api/workbookId";

describe("workbook ids", () => {
  it.each([
    ["https://contoso.sharepoint.com/sites/ai/Shared%20Documents/AI%20portfolio.xlsx?web=1", "AI portfolio.xlsx"],
    ["https://d.docs.live.net/1234/portfolio.xlsx", "portfolio.xlsx"],
    ["C:\\Users\\cto\\Documents\\portfolio.xlsx", "portfolio.xlsx"],
  ])("fileNameOf_%s_GivesTheFileName", (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });

  it("fileNameOf_UnsavedWorkbook_SaysToSaveIt", () => {
    expect(() => fileNameOf("")).toThrow("save the workbook first");
  });

  it("shareIdOf_Url_IsUnpaddedBase64UrlOfTheUtf8Url", () => {
    const url = "https://contoso.sharepoint.com/sites/ai/Documents/Portefeuille é?x=1&y=~~~";
    expect(shareIdOf(url)).toBe(`u!${Buffer.from(url, "utf8").toString("base64url")}`);
    expect(shareIdOf(url)).not.toMatch(/[=+/]/);
  });

  it("driveItemIdOf_GraphAnswers_GivesDriveIdSlashItemIdWithTheSignedInToken", async () => {
    const seen: { url: string; auth: string }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen.push({ url, auth: (init.headers as Record<string, string>).Authorization });
      return new Response(JSON.stringify({ id: "01ITEM", parentReference: { driveId: "b!DRIVE" } }), { status: 200 });
    }) as typeof fetch;
    const url = "https://contoso.sharepoint.com/sites/ai/Shared%20Documents/portfolio.xlsx";
    await expect(driveItemIdOf(url, "graph-token", fetchImpl, "http://127.0.0.1:9/v1.0")).resolves.toBe("b!DRIVE/01ITEM");
    expect(seen).toEqual([{ url: `http://127.0.0.1:9/v1.0/shares/${shareIdOf(url)}/driveItem?$select=id,parentReference`,
      auth: "Bearer graph-token" }]);
  });

  it.each([
    [404, {}, "could not find this workbook (404)"],
    [200, { id: "x" }, "without the workbook's drive and item ids"],
  ])("driveItemIdOf_%i_Throws", async (status, body, message) => {
    const fetchImpl = (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
    await expect(driveItemIdOf("https://x/y.xlsx", "t", fetchImpl)).rejects.toThrow(message);
  });
});
