import { describe, expect, it } from "vitest";
import { ApiClient, focusContentType } from "../../../src/api/client";
import { ApiError } from "../../../src/api/problems";

type Call = { url: string; init: RequestInit };

function recording(status: number, body: unknown, calls: Call[], type = "application/json"): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });
  }) as typeof fetch;
}

const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

describe("ApiClient sources", () => {
  it.each([
    ["focus.csv", "text/csv"],
    ["FocusCost_2026-11.CSV.GZ", "application/gzip"],
    ["part-0001.parquet", "application/vnd.apache.parquet"],
    ["export.bin", "application/octet-stream"],
  ])("importSpend_%s_PostsTheFileBytesAs%s", async (name, type) => {
    const calls: Call[] = [];
    const client = new ApiClient("/api", async () => "tok", recording(200, { added: 2 }, calls));
    const bytes = new Uint8Array([0x1f, 0x8b, 0, 1, 2, 255]);
    const answer = await client.importSpend("drive/item", new Blob([bytes]), name, "BilledCost");
    expect(answer.added).toBe(2);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(`/api/spend-imports?workbookId=drive%2Fitem&cost=BilledCost&fileName=${encodeURIComponent(name).replace(/%20/g, "+")}`);
    expect(calls[0].init.method).toBe("POST");
    expect(header(calls[0], "Content-Type")).toBe(type);
    expect(header(calls[0], "Authorization")).toBe("Bearer tok");
    expect(focusContentType(name)).toBe(type);
    // The body is the file's bytes as they are, not JSON.
    expect(new Uint8Array(await new Response(calls[0].init.body as Blob).arrayBuffer())).toEqual(bytes);
  });

  it("importSpend_Conflict_ThrowsTheProblemWithStatus409", async () => {
    const calls: Call[] = [];
    const client = new ApiClient("/api", async () => null, recording(409,
      { title: "The workbook changed.", detail: "eTag differs. Import the export again.", status: 409 }, calls, "application/problem+json"));
    const error = await client.importSpend("portfolio.xlsx", new Blob(["a"]), "f.csv", "EffectiveCost").catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "problem", status: 409, title: "The workbook changed." });
    expect(header(calls[0], "Authorization")).toBeUndefined();
  });

  it("syncAgents_WorkbookId_PostsItAsJson", async () => {
    const calls: Call[] = [];
    const client = new ApiClient("/api", async () => "tok", recording(200, { written: false }, calls));
    const answer = await client.syncAgents("portfolio.xlsx");
    expect(answer.written).toBe(false);
    expect(calls[0].url).toBe("/api/agents/sync");
    expect(calls[0].init.method).toBe("POST");
    expect(header(calls[0], "Content-Type")).toBe("application/json");
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ workbookId: "portfolio.xlsx" });
  });
});
