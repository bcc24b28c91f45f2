import { describe, expect, it } from "vitest";
import { ApiClient } from "../../../src/api/client";
import { ApiError, parseProblemCell } from "../../../src/api/problems";

type Call = { url: string; init: RequestInit };

function fakeFetch(answer: () => Response | Promise<Response>, calls: Call[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answer();
  }) as typeof fetch;
}

const json = (status: number, body: unknown, type = "application/json") =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } });

describe("ApiClient", () => {
  it("review_WithToken_PostsTheTablesWithTheBearerToken", async () => {
    const calls: Call[] = [];
    const client = new ApiClient("https://api.example.org/api", async () => "tok", fakeFetch(() => json(200, { asOf: "x" }), calls));
    await client.review("portfolio.xlsx", [], "2026-11-20");
    expect(calls[0].url).toBe("https://api.example.org/api/review");
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBe("Bearer tok");
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ workbookId: "portfolio.xlsx", asOf: "2026-11-20", tables: [] });
  });

  it("financeReport_TablesAndMonths_PostsThemAskingForJson", async () => {
    const calls: Call[] = [];
    const client = new ApiClient("/api", async () => "tok", fakeFetch(() => json(200, { asOf: "2026-11-20" }), calls));
    const report = await client.financeReport("portfolio.xlsx", [], "", 3);
    expect(report.asOf).toBe("2026-11-20");
    expect(calls[0].url).toBe("/api/finance-report");
    expect(calls[0].init.method).toBe("POST");
    expect((calls[0].init.headers as Record<string, string>).Accept).toBe("application/json");
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ workbookId: "portfolio.xlsx", months: 3, tables: [] });
  });

  it.each([
    [undefined, undefined, "/api/decisions?workbookId=b%21d%2F01"],
    [500, 100, "/api/decisions?workbookId=b%21d%2F01&after=500&limit=100"],
  ])("decisions_After%sLimit%s_AsksForThatPage", async (after, limit, url) => {
    const calls: Call[] = [];
    const client = new ApiClient("/api", async () => null, fakeFetch(() => json(200, { entries: [], nextAfter: null }), calls));
    const page = await client.decisions("b!d/01", after, limit);
    expect(calls[0].url).toBe(url);
    expect(page).toEqual({ entries: [], nextAfter: null });
  });

  it("decisionRights_DevelopmentIdentity_SendsNoAuthorizationAndEncodesTheQuery", async () => {
    const calls: Call[] = [];
    const client = new ApiClient("/api", async () => null, fakeFetch(() => json(200, {}), calls));
    await client.decisionRights("drive/item", "A&B", "Scope change", 12.5);
    expect(calls[0].url).toBe("/api/decision-rights?workbookId=drive%2Fitem&initiativeId=A%26B&type=Scope+change&amount=12.5");
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it("review_InvalidTables_ThrowsTheProblemWithEachCell", async () => {
    const problem = { title: "The workbook's tables are not valid.", detail: "2 problem(s); nothing was changed.", status: 400,
      errors: ["Initiatives[MonthlyBudgetCap] row 3 (Initiatives!P4): 'lots' is not a number",
        "Spend[Amount] row 1 ('My spend'!E2): required", "tables: at least one table is required"] };
    const client = new ApiClient("/api", async () => null, fakeFetch(() => json(400, problem, "application/problem+json")));
    const error = await client.review("w", []).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: "problem", status: 400, title: problem.title });
    expect(error.lines.map((l: { cell: unknown }) => l.cell)).toEqual([
      { table: "Initiatives", column: "MonthlyBudgetCap", row: 3, sheet: "Initiatives", cell: "P4" },
      { table: "Spend", column: "Amount", row: 1, sheet: "My spend", cell: "E2" },
      null,
    ]);
  });

  it("decide_Refused_KeepsWhoCouldApprove", async () => {
    const client = new ApiClient("/api", async () => null, fakeFetch(() => json(403,
      { title: "The decision rights do not allow this decision.", detail: "no", couldApprove: ["cfo@example.org"] })));
    const error = await client.decide({ workbookId: "w", initiativeId: "i", type: "Overage", why: "y" }).catch((e) => e);
    expect(error).toMatchObject({ status: 403, extensions: { couldApprove: ["cfo@example.org"] } });
  });

  it.each([
    ["network", () => { throw new TypeError("Failed to fetch"); }, async () => null, "Check your network connection"],
    ["sign-in", () => json(200, {}), async () => { throw new Error("user cancelled"); }, "Sign in to Office"],
    ["sign-in", () => json(401, { title: "Unauthorized", detail: "The token expired." }), async () => "t", "Sign out of Office"],
  ])("send_%s_FailureSaysWhatToDo", async (kind, answer, token, advice) => {
    const client = new ApiClient("https://api.example.org/api", token as () => Promise<string | null>, fakeFetch(answer as () => Response));
    const error = await client.decisions("w").catch((e) => e);
    expect(error).toMatchObject({ kind });
    expect(error.detail).toContain(advice);
  });

  it("parseProblemCell_QuotedSheetWithApostrophe_Unquotes", () => {
    expect(parseProblemCell("Metrics[Baseline] row 2 ('Bob''s'!F3): text")).toMatchObject({ sheet: "Bob's", cell: "F3" });
  });
});
