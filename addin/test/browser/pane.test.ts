import { mkdirSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FinanceReportDocument, ReviewDocument } from "../../src/api/types";
import type { WorkbookModel } from "../fakes/fakeModel";
import {
  type Backend, SAMPLE, SCREENSHOTS, launchBrowser, openPane, servePane, standInScript, startBackend, stopBackend,
} from "./harness";

// The pane in Debian's chromium against the real backend (issues 10 and 11): Review, Classify, Decide, Log, Status and Finance.
let backend: Backend;
let pane: { url: string; server: Server };
let context: BrowserContext;
let profile: string;
const AS_OF = "2026-11-20";

beforeAll(async () => {
  const script = standInScript();
  backend = await startBackend();
  pane = await servePane(backend.url);
  ({ context, profile } = await launchBrowser(await script));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  pane?.server.close();
  stopBackend(backend);
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
const workbook = <T>(page: Page, read: (model: WorkbookModel) => T) =>
  page.evaluate(`(${read.toString()})(window.__workbook)`) as Promise<T>;
const api = async <T>(path: string, init?: RequestInit) => {
  const response = await fetch(`${backend.url}${path}`, init);
  expect(response.ok, `${path}: ${response.status}`).toBe(true);
  return (await response.json()) as T;
};

async function review(page: Page): Promise<void> {
  await page.getByLabel("As of (optional)").first().fill(AS_OF);
  await page.getByRole("button", { name: "Review the portfolio" }).click();
}

describe("the task pane", () => {
  it("Review_SamplePortfolio_WritesTwentyFourRowsWithTheSamplesVerdictsAndAChart", async () => {
    const { page, errors } = await openPane(context, pane.url);
    await review(page);
    await page.getByText(`Reviewed as of ${AS_OF}: 24 initiatives written to Review!A1:U25.`).waitFor({ timeout: 30_000 });
    await shot(page, "review");
    const written = await workbook(page, (m) => {
      const t = m.table("Review")!;
      const h = t.headers();
      return { verdicts: t.values().map((r) => [r[h.indexOf("InitiativeId")], r[h.indexOf("Verdict")]]),
        charts: m.sheet("Review")!.charts.map((c) => [c.type, c.series.map((s) => s.name)]),
        frozen: m.sheet("Review")!.frozenRows, initiatives: m.table("Initiatives")!.rows, tables: m.tables.length };
    });
    const expected = await api<ReviewDocument>(`/api/review?workbookId=portfolio.xlsx&asOf=${AS_OF}`, {
      method: "POST", body: readFileSync(SAMPLE),
      headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    });
    expect(written.verdicts).toHaveLength(24);
    expect(written.verdicts).toEqual(expected.initiatives.map((i) => [i.id, i.verdict]));
    expect(new Set(written.verdicts.map(([, v]) => v))).toEqual(new Set(["Expand", "Continue", "Fix", "Pause", "Stop", "Paused", "Retired"]));
    expect(written.charts).toEqual([["ColumnClustered", ["Month to date", "Cap"]]]);
    expect(written.frozen).toBe(1);
    expect(written.initiatives).toBe(24);
    expect(written.tables).toBe(8);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Review_TextInANumberCell_ShowsTheCellAndSelectsIt", async () => {
    const { page } = await openPane(context, pane.url);
    await page.evaluate(`(() => {
      const t = window.__workbook.table("Initiatives");
      const c = t.headers().indexOf("MonthlyBudgetCap");
      t.sheet.write(t.top + 3, t.left + c, "lots");
    })()`);
    await review(page);
    const select = page.getByRole("button", { name: "Select Initiatives!P4" });
    await select.waitFor({ timeout: 30_000 });
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Initiatives[MonthlyBudgetCap] row 3 (Initiatives!P4)");
    await shot(page, "review-problem");
    await select.click();
    await expect.poll(() => workbook(page, (m) => m.selection)).toEqual({ sheet: "Initiatives", address: "P4" });
    expect(await workbook(page, (m) => m.table("Review"))).toBeUndefined();
    await page.close();
  });

  it("Classify_ProposedWorkflow_ShowsTheLevelAndAddsOneInitiativesRow", async () => {
    const { page } = await openPane(context, pane.url);
    await page.getByRole("tab", { name: "Classify" }).click();
    await page.getByLabel("Initiative id").first().fill("NEW-0001");
    await page.getByLabel("Name").fill("Refund letters drafted by an assistant");
    await page.getByLabel("Owner (email)").fill("maria.lopez@example.org");
    await page.getByLabel("Monthly budget cap").fill("4000");
    await page.getByLabel("Success metric").fill("Letters accepted without edits");
    await page.getByLabel("Purpose (what the AI does and for whom)").fill("Matches license plates against a hot list for investigators.");
    await page.getByLabel("Customer personal").check();
    await page.getByLabel("Draft", { exact: true }).check();
    await page.getByLabel("Send externally").check();
    await page.getByLabel("Audience").selectOption("Customer-facing");
    await page.getByLabel("Human checkpoint").selectOption("Spot-check");
    await page.getByRole("button", { name: "Classify" }).click();
    const heading = page.getByRole("heading", { name: /Risk level:/ });
    await heading.waitFor();
    const level = (await heading.textContent())!.replace("Risk level: ", "");
    // The purpose names a use OMB M-25-21 presumes high-impact: High, as the review and the import would say.
    expect(level).toBe("High");
    await page.getByText('Purpose mentions "license plates"', { exact: false }).first().waitFor();
    await page.getByRole("button", { name: "Add to Initiatives" }).click();
    // The sample workbook predates the Purpose column: the row is added and the pane says the purpose was not kept.
    await page.getByText("Added NEW-0001 to Initiatives (sheet row 26). Purpose was not kept", { exact: false }).waitFor();
    await shot(page, "classify");
    const added = await workbook(page, (m) => {
      const t = m.table("Initiatives")!;
      const h = t.headers();
      const row = t.values().at(-1)!;
      return { rows: t.rows, id: row[h.indexOf("InitiativeId")], risk: row[h.indexOf("RiskLevel")],
        cap: row[h.indexOf("MonthlyBudgetCap")], data: row[h.indexOf("DataTouched")] };
    });
    expect(added).toEqual({ rows: 25, id: "NEW-0001", risk: level, cap: 4000, data: "Customer personal" });
    await page.close();
  });

  it("Decide_RefusedThenAllowed_TheLogGainsExactlyOneEntryAndVerifies", async () => {
    const before = (await api<{ entries: unknown[] }>("/api/decisions?workbookId=portfolio.xlsx")).entries;
    const { page } = await openPane(context, pane.url);
    await page.getByRole("tab", { name: "Decide" }).click();
    // The initiative is picked from the workbook's Initiatives table: its 24 rows, each id with its name.
    await page.getByText("24 initiatives in the workbook.").waitFor();
    const initiative = page.getByLabel("Initiative", { exact: true });
    expect(await initiative.evaluate((s: HTMLSelectElement) => s.tagName)).toBe("SELECT");
    const ids = await workbook(page, (m) => m.table("Initiatives")!.values().map((r) => String(r[0])));
    expect(await initiative.locator("option").evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)))
      .toEqual(["", ...ids]);
    await page.getByRole("button", { name: "Check who may approve" }).click();
    await page.getByRole("alert").getByText("Choose the initiative the decision is about first.").waitFor();
    await initiative.selectOption("DOC-0228");
    await page.getByLabel("Decision").selectOption("Overage");
    await page.getByLabel("Amount (for an overage)").fill("20000");
    await page.getByLabel(/Month the overage covers/).fill("2026-10");
    await page.getByLabel("Why").fill("a one-off model migration");
    await page.getByRole("button", { name: "Check who may approve" }).click();
    await page.getByText(/may not approve this Overage/).waitFor();
    await expect(page.locator("#dec-rights").textContent()).resolves.toContain("cfo@example.org");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText(/^Refused, nothing was recorded:/).waitFor();
    await expect(page.locator("#dec-result").textContent()).resolves.toContain("could approve instead: cfo@example.org");
    const decideText = (await page.locator("#pane-decide").textContent()) ?? "";
    expect(decideText.split("may not decide Overage").length - 1).toBe(1);
    await shot(page, "decide-refused");
    expect((await api<{ entries: unknown[] }>("/api/decisions?workbookId=portfolio.xlsx")).entries).toHaveLength(before.length);

    // The month typed for the Overage stays in its field: a Continue must not send it (the API refuses a month on it).
    await page.getByLabel("Decision").selectOption("Continue");
    await page.getByLabel("Amount (for an overage)").fill("");
    await page.getByLabel("Why").fill("two cycles on target");
    await page.getByRole("button", { name: "Check who may approve" }).click();
    await page.getByText(/You \(cto@example.org\) may approve this Continue/).waitFor();
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText(`Recorded as entry ${before.length + 1}`, { exact: false }).waitFor();
    await shot(page, "decide-allowed");
    const after = (await api<{ entries: { approvedBy: string; decisionType: string }[] }>("/api/decisions?workbookId=portfolio.xlsx")).entries;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ approvedBy: "cto@example.org", decisionType: "Continue" });
    expect(await api<{ isIntact: boolean }>("/api/decisions/verify?workbookId=portfolio.xlsx")).toMatchObject({ isIntact: true });
    await page.close();
  });

  it("Log_SampleLog_ListsEveryEntryAndTheVerifiedChain", async () => {
    const { entries, nextAfter } = await api<{ entries: unknown[]; nextAfter: number | null }>("/api/decisions?workbookId=portfolio.xlsx");
    expect(nextAfter).toBeNull();
    const { page } = await openPane(context, pane.url);
    await page.getByRole("tab", { name: "Log" }).click();
    await page.getByRole("button", { name: "Load the decision log" }).click();
    await page.getByText(`The chain is intact: ${entries.length} entries verified.`).waitFor();
    // The check is shown as soon as it answers; the entries follow it, newest first.
    await page.locator("#log-entries tbody tr").nth(entries.length - 1).waitFor();
    expect(await page.locator("#log-entries tbody tr").count()).toBe(entries.length);
    await expect(page.locator("#log-entries tbody tr td:first-child").allTextContents())
      .resolves.toEqual(Array.from({ length: entries.length }, (_, k) => String(entries.length - k)));
    expect(entries.length).toBeGreaterThanOrEqual(9);
    await shot(page, "log");
    await page.close();
  });

  it("Log_EmptyLog_SaysLoadingThenNoDecisionsLoggedYet", async () => {
    const { page, errors } = await openPane(context, pane.url);
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    await page.route((url) => url.pathname === "/api/decisions", async (route) => {
      await answered;
      await route.fulfill({ json: { entries: [], nextAfter: null } });
    });
    await page.route((url) => url.pathname === "/api/decisions/verify", (route) => route.fulfill({ json: { isIntact: true, entryCount: 0 } }));
    await page.getByRole("tab", { name: "Log" }).click();
    await expect(page.locator("#log-entries").textContent()).resolves.toBe("The decision log is not loaded yet.");
    await page.getByRole("button", { name: "Load the decision log" }).click();
    await page.locator("#log-entries").getByRole("status").getByText("Loading the decision log…").waitFor();
    answer();
    await page.locator("#log-entries").getByText("No decisions logged yet.").waitFor();
    expect(await page.locator("#log-entries table").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A log of 250 entries served by (after, limit) as the service pages it; the pane reads 100 at a time.
  const servePagedLog = async (page: Page, count: number, verifyAnswer: (route: Route) => Promise<void>) => {
    const entry = (sequence: number) => ({
      sequence, decisionId: `d-${sequence}`, timestamp: "2026-11-20T09:30:00Z", initiativeId: "DOC-0228", decisionType: "Continue",
      whatChanged: "Kept going", why: `Reason ${sequence}`, approvedBy: "cto@example.org", requestedBy: null, costEffect: 0,
      riskEffect: "None", riskNote: null, amount: null, previousHash: "0".repeat(64), hash: "a".repeat(64),
    });
    const requests: string[] = [];
    await page.route((url) => url.pathname === "/api/decisions", (route) => {
      const query = new URL(route.request().url()).searchParams;
      const after = Number(query.get("after") ?? "0");
      const limit = Number(query.get("limit") ?? "500");
      requests.push(`${after}+${limit}`);
      const last = Math.min(count, after + limit);
      const entries = Array.from({ length: Math.max(0, last - after) }, (_, k) => entry(after + 1 + k));
      return route.fulfill({ json: { entries, nextAfter: last < count ? last : null } });
    });
    await page.route((url) => url.pathname === "/api/decisions/verify", verifyAnswer);
    return requests;
  };
  const firstSequences = (page: Page) => page.locator("#log-entries tbody tr td:first-child").allTextContents();

  it("Log_IntactLogLongerThanAPage_OpensNewestFirstThenShowOlderAddsThePageBeforeUntilTheFirst", async () => {
    const { page, errors } = await openPane(context, pane.url);
    const requests = await servePagedLog(page, 250, (route) => route.fulfill({ json: {
      isIntact: true, entryCount: 250, message: "The chain of 250 entries is intact.",
      anchor: "Anchored head #250 of 2026-11-23T06:00:00Z matches (1 anchored head(s) in the container decision-log-anchors (DecisionLog:AnchorConnection) checked).",
    } }));
    await page.getByRole("tab", { name: "Log" }).click();
    await page.getByRole("button", { name: "Load the decision log" }).click();
    await page.getByRole("button", { name: "Show older (100 of 250 shown)" }).waitFor();
    const first = await firstSequences(page);
    expect(first).toHaveLength(100);
    expect([first[0], first[99]]).toEqual(["250", "151"]);
    await page.getByText("Anchored head #250 of 2026-11-23T06:00:00Z matches", { exact: false }).waitFor();
    await shot(page, "log-show-more");
    await page.getByRole("button", { name: "Show older (100 of 250 shown)" }).click();
    await page.getByRole("button", { name: "Show older (200 of 250 shown)" }).click();
    await page.locator("#log-entries").getByText("Reason 1", { exact: true }).waitFor();
    const all = await firstSequences(page);
    expect(all).toEqual(Array.from({ length: 250 }, (_, k) => String(250 - k)));
    expect(await page.locator("#log-more").isHidden()).toBe(true);
    expect(requests).toEqual(["150+100", "50+100", "0+50"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Log_BrokenChainLongerThanAPage_ListsOldestFirstWhereTheBreakIsNamedThenShowMore", async () => {
    const { page, errors } = await openPane(context, pane.url);
    const requests = await servePagedLog(page, 150, (route) => route.fulfill({
      status: 409, contentType: "application/problem+json",
      json: { type: "about:blank", title: "The decision log's chain is broken.", status: 409, detail: "Entry 7 (d-7) does not match its hash." },
    }));
    await page.getByRole("tab", { name: "Log" }).click();
    await page.getByRole("button", { name: "Load the decision log" }).click();
    await page.getByText("The chain is broken: Entry 7 (d-7) does not match its hash.").waitFor();
    await page.getByRole("button", { name: "Show more" }).click();
    await page.locator("#log-entries").getByText("Reason 150", { exact: true }).waitFor();
    const all = await firstSequences(page);
    expect(all).toEqual(Array.from({ length: 150 }, (_, k) => String(k + 1)));
    expect(await page.locator("#log-more").isHidden()).toBe(true);
    expect(requests).toEqual(["0+100", "100+100"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Status_Preview_ShowsTheWeeklyMessagesWithoutSending", async () => {
    const { page } = await openPane(context, pane.url);
    await page.getByRole("tab", { name: "Status" }).click();
    await page.getByLabel("As of (optional)").last().fill(AS_OF);
    await page.getByRole("button", { name: "Preview the weekly status" }).click();
    const status = await page.getByText(/messages would be sent; nothing was sent\./).textContent();
    const count = Number(/^(\d+)/.exec(status!)![1]);
    expect(count).toBeGreaterThan(1);
    expect(await page.locator("#status-messages details").count()).toBe(count);
    await shot(page, "status");
    await page.close();
  });

  it("Status_Register_RegistersTheWorkbookForTheWeeklyRun", async () => {
    const { page } = await openPane(context, pane.url);
    await page.getByRole("tab", { name: "Status" }).click();
    await page.getByRole("button", { name: "Register this workbook for the weekly run" }).click();
    await page.getByText(/Registered portfolio\.xlsx for the weekly run \(by cto@example\.org/).waitFor();
    await shot(page, "status-registered");
    await page.close();
  });

  it("Finance_SamplePortfolio_ShowsSpendAgainstCapsAndApprovalsThenInsertsTheTablesAndChart", async () => {
    const expected = await api<FinanceReportDocument>(`/api/finance-report?workbookId=portfolio.xlsx&asOf=${AS_OF}`,
      { headers: { Accept: "application/json" } });
    const { page, errors } = await openPane(context, pane.url);
    await page.getByRole("tab", { name: "Finance" }).click();
    await page.getByLabel("Report date (optional)").fill(AS_OF);
    await page.getByRole("button", { name: "Show the finance report" }).click();
    await page.getByText(`Finance as of ${AS_OF}: 24 initiatives, ${expected.exceptions.length} exceptions.`).waitFor({ timeout: 30_000 });
    await expect(page.locator("#finance-result").textContent()).resolves.toContain("Decision log intact");
    const approved = expected.overages.filter((o) => o.cover.decisionId !== null);
    expect(approved.length).toBeGreaterThan(0);
    await expect(page.locator("#finance-result").textContent()).resolves.toContain(approved[0].cover.approver!);
    // Over cap first, largest overrun first; then within cap, closest to it first; ten cards each, the rest counted.
    const over = expected.initiatives.filter((i) => i.overCap > 0).sort((a, b) => b.overCap - a.overCap);
    const within = expected.initiatives.filter((i) => i.overCap <= 0).sort((a, b) => (b.capUsed ?? -1) - (a.capUsed ?? -1));
    expect(over.length).toBeGreaterThan(0);
    expect(within.length).toBeGreaterThan(10);
    const titles = (name: string) => page.getByRole("list", { name }).locator("li strong").allTextContents();
    await expect(titles("Over cap")).resolves.toEqual(over.slice(0, 10).map((i) => `${i.initiativeId} ${i.name}`));
    await expect(titles("Within cap, closest first")).resolves.toEqual(within.slice(0, 10).map((i) => `${i.initiativeId} ${i.name}`));
    await page.getByText(`and ${within.length - 10} more in the tables the button below inserts.`).waitFor();
    await expect(page.getByRole("list", { name: "Exceptions" }).locator("li").count()).resolves.toBe(expected.exceptions.length);
    await shot(page, "finance");
    const before = await workbook(page, (m) => m.tables.length);
    for (let run = 0; run < 2; run++) {
      await page.getByRole("button", { name: "Insert the finance tables and chart" }).click();
      await page.waitForFunction(() => !(document.getElementById("finance-insert") as HTMLButtonElement).disabled);
      await page.getByText(/^Inserted FinanceAsOfMonth \(24 rows\)/).waitFor({ timeout: 30_000 });
    }
    const inserted = await workbook(page, (m) => ({
      tables: m.tables.length,
      asOf: m.table("FinanceAsOfMonth")!.values().map((r) => [r[0], r[3]]),
      months: m.table("FinanceInitiativeMonths")!.rows,
      charts: m.sheet("AsOfMonth")!.charts.map((c) => [c.name, c.type, c.series.map((s) => s.name)]),
    }));
    expect(inserted.tables).toBe(before + 3);
    expect(inserted.asOf).toEqual(expected.initiatives.map((i) => [i.initiativeId, i.spend]));
    expect(inserted.months).toBe(expected.sheets[1].rows.length);
    expect(inserted.charts).toEqual([["FinanceSpend", "ColumnClustered", ["Spend", "Cap"]]]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Keyboard_TabAndArrowKeys_ReachTheTabsThenThePanesFirstField", async () => {
    const { page } = await openPane(context, pane.url);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-review");
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("tab-classify");
    expect(await page.locator("#pane-classify").isVisible()).toBe(true);
    expect(await page.locator("#pane-review").isVisible()).toBe(false);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("cls-id");
    await page.close();
  });

  it("Review_ServiceUnreachable_SaysWhatToDo", async () => {
    const { page } = await openPane(context, pane.url);
    await page.route("**/api/**", (route) => route.abort("connectionrefused"));
    await review(page);
    const alert = page.getByRole("alert");
    await alert.getByText(/^The OfficeGovernance service did not answer: /).waitFor({ timeout: 30_000 });
    await expect(alert.textContent()).resolves.toContain("Check your network connection");
    await expect(page.getByRole("button", { name: "Review the portfolio" }).isEnabled()).resolves.toBe(true);
    await shot(page, "review-unreachable");
    await page.close();
  });

  it("Review_At320_ListsWhatNeedsActionAndItsButtonSelectsTheRow", async () => {
    const { page, errors } = await openPane(context, pane.url);
    await page.setViewportSize({ width: 320, height: 900 });
    await review(page);
    await page.getByRole("heading", { name: "Needs action" }).waitFor({ timeout: 30_000 });
    await page.getByRole("heading", { name: "Stop (2)" }).waitFor();
    const first = page.locator(".card").first();
    await expect(first.locator("strong").textContent()).resolves.toBe("USDA-1229 Foodborne Illness Source Attribution");
    await first.getByRole("button", { name: "Select the Review row of USDA-1229" }).click();
    const row = await workbook(page, (m) => m.table("Review")!.values().findIndex((r) => r[0] === "USDA-1229"));
    await expect.poll(() => workbook(page, (m) => m.selection)).toEqual({ sheet: "Review", address: `A${row + 2}` });
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await shot(page, "review-320");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("EveryPane_At320And420_NoSeriousOrCriticalAxeViolationNothingSideways", async () => {
    const { page } = await openPane(context, pane.url);
    for (const width of [320, 420]) {
      await page.setViewportSize({ width, height: 900 });
      for (const id of ["review", "classify", "decide", "log", "status", "finance"]) {
        if (width < 400) {
          await page.locator("#tab-picker").selectOption(`tab-${id}`);
        } else {
          await page.locator(`#tab-${id}`).click();
        }
        expect(await page.locator(`#pane-${id}`).isVisible(), `${id} at ${width}`).toBe(true);
        const result = await new AxeBuilder({ page }).analyze();
        const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(serious, `${id} at ${width} px`).toEqual([]);
        await expect(page.evaluate(() => document.documentElement.scrollWidth), `${id} at ${width} px`)
          .resolves.toBeLessThanOrEqual(width);
        if (width === 320) {
          await shot(page, `pane-${id}-320`);
        }
      }
    }
    await page.close();
  });

  it("LogAndFinance_At320_LocaleTimesTablesScrollInTheirBoxFinanceCardsFitNoSeriousAxeViolation", async () => {
    const { page, errors } = await openPane(context, pane.url);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.locator("#tab-picker").selectOption("tab-log");
    await page.getByRole("button", { name: "Load the decision log" }).click();
    await page.locator("#log-entries tbody tr").first().waitFor({ timeout: 30_000 });
    const when = await page.locator("#log-entries tbody tr").first().locator("td").nth(1).textContent();
    expect(when).not.toMatch(/^\d{4}-\d{2}-\d{2}/);
    const serious = async () => (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    await expect(serious()).resolves.toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await shot(page, "log-320");
    await page.locator("#tab-picker").selectOption("tab-finance");
    await page.getByLabel("Report date (optional)").fill(AS_OF);
    await page.getByRole("button", { name: "Show the finance report" }).click();
    await page.getByRole("list", { name: "Over cap" }).waitFor({ timeout: 30_000 });
    await expect(serious()).resolves.toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await shot(page, "finance-320");
    expect(errors).toEqual([]);
    await page.close();
  });
});
