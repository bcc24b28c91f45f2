import { rmSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgentSyncDocument } from "../../src/api/types";
import { readXlsxSeed } from "../support/xlsxSeed";
import {
  type Backend, DOCUMENT_URL, SCREENSHOTS, launchBrowser, openPane, servePane, standInScript, startBackend, stopBackend,
} from "./harness";

// The Sources pane (issue 26) in Debian's chromium at 320 px: the FOCUS import against the real backend (it writes the
// stored copy of the sample workbook), the agent sync against answers the test gives (the backend would need Graph).
let backend: Backend;
let pane: { url: string; server: Server };
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  const script = standInScript();
  backend = await startBackend();
  pane = await servePane(backend.url);
  ({ context, profile } = await launchBrowser(await script));
});

afterAll(async () => {
  await context?.close();
  pane?.server.close();
  stopBackend(backend);
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const COLUMNS = ["BillingAccountId", "BillingCurrency", "BilledCost", "EffectiveCost", "ChargeCategory", "ChargePeriodStart",
  "ChargePeriodEnd", "InvoiceIssuerName", "ServiceCategory", "ServiceName", "SubAccountId", "SubAccountName", "ResourceId",
  "Tags", "ProviderName", "PublisherName"];

/** A FOCUS 1.0 CSV: one charge per [cost, tags, currency]; the sample workbook's Settings say USD and no CostTagKey. */
function focusCsv(charges: [number, string, string][]): Buffer {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const lines = charges.map(([cost, tags, currency], i) => [
    "acct-1", currency, String(cost + 1), String(cost), "Usage", `2026-11-0${i + 1} 00:00:00`, `2026-11-0${i + 1} 01:00:00`,
    "AWS", "Compute", "Amazon EC2", "sub-7", "Atlas Nimbus", `res-${i}`, tags, "AWS", "AWS"].map(quote).join(","));
  return Buffer.from([COLUMNS.map(quote).join(","), ...lines].join("\n") + "\n");
}

const CHARGES: [number, string, string][] = [
  [120.5, '{"initiative":"DHS-0088"}', "USD"],
  [30.25, '{" Initiative":"DHS-0088"}', "USD"],
  [45, '{"application":"atlas"}', "USD"],
];

async function sourcesAt320(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.locator("#tab-picker").selectOption("tab-sources");
  expect(await page.locator("#pane-sources").isVisible()).toBe(true);
}

async function fitsAndPassesAxe(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, what).toEqual([]);
  await expect(page.evaluate(() => document.documentElement.scrollWidth), what).resolves.toBeLessThanOrEqual(320);
}

const cells = (page: Page, region: string) => page.getByRole("region", { name: region }).locator("tbody tr")
  .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)));

const storedSpend = () => {
  const seed = readXlsxSeed(join(backend.dataDir, "workbooks/portfolio.xlsx"), DOCUMENT_URL);
  return seed.sheets.flatMap((s) => s.tables).find((t) => t.name === "Spend")!;
};

function aSync(over: Partial<AgentSyncDocument>): AgentSyncDocument {
  return { workbookId: "portfolio.xlsx", added: 0, changed: 0, flagged: 0, unchanged: 0, written: false, summary: "",
    addedAgents: [], changes: [], flags: [], differences: [], unreadable: [], ...over };
}

describe("the Sources pane", () => {
  it("Sources_At420_TheTabListWithItsSeventhTabFitsAndNoSeriousAxeViolation", async () => {
    const { page } = await openPane(context, pane.url);
    await page.setViewportSize({ width: 420, height: 900 });
    await page.getByRole("tab", { name: "Sources" }).click();
    expect(await page.locator("#pane-sources").isVisible()).toBe(true);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(420);
    await page.screenshot({ path: join(SCREENSHOTS, "pane-sources-420.png") });
    await page.close();
  });

  it("Import_FocusCsvAt320_SavesTheStoredWorkbookListsUnallocatedThenARerunChangesNothing", async () => {
    const { page, errors } = await openPane(context, pane.url);
    await sourcesAt320(page);
    await fitsAndPassesAxe(page, "empty pane");
    await page.screenshot({ path: join(SCREENSHOTS, "pane-sources-320.png"), fullPage: true });
    const before = storedSpend().rows.length;
    await page.getByLabel("FOCUS cost export (.csv, .gz or .parquet)").setInputFiles(
      { name: "focus-nov.csv", mimeType: "text/csv", buffer: focusCsv(CHARGES) });
    await page.getByRole("button", { name: "Import the cost export" }).click();
    const result = page.locator("#src-import-result");
    await result.getByText("Imported 3 charges", { exact: false }).waitFor({ timeout: 60_000 });
    await expect(result.textContent()).resolves.toContain("Saved to the stored workbook; reopen or refresh to see the rows.");
    await expect(result.textContent()).resolves.toContain("Allocated 150.75 USD; unallocated 45.00 USD in 1 charge.");
    // Only the initiative tag (the default Settings.CostTagKey) allocates: the application-tagged charge has no value there.
    await expect(cells(page, "Unallocated by tag value")).resolves.toEqual([["(none)", "1", "45.00"], ["Total", "1", "45.00"]]);
    await expect(cells(page, "Unallocated by service")).resolves.toEqual([["Amazon EC2", "1", "45.00"], ["Total", "1", "45.00"]]);
    // The service wrote the stored copy: its Spend table grew by the rows it says it added.
    const added = Number(/(\d+) Spend rows? added/.exec((await result.textContent())!)![1]);
    expect(added).toBeGreaterThan(0);
    expect(storedSpend().rows.length).toBe(before + added);
    await fitsAndPassesAxe(page, "after the import");
    await page.screenshot({ path: join(SCREENSHOTS, "sources-import-320.png"), fullPage: true });

    await page.getByRole("button", { name: "Import the cost export" }).click();
    await result.getByText("Nothing changed: the stored workbook already holds this import", { exact: false }).waitFor({ timeout: 60_000 });
    await expect(result.textContent()).resolves.not.toContain("reopen or refresh");
    expect(storedSpend().rows.length).toBe(before + added);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("Import_OtherCurrencyRow_ShowsTheProblemOnceAndNothingIsWritten", async () => {
    const { page } = await openPane(context, pane.url);
    await sourcesAt320(page);
    const before = storedSpend().rows.length;
    await page.getByLabel("FOCUS cost export (.csv, .gz or .parquet)").setInputFiles(
      { name: "focus-eur.csv", mimeType: "text/csv", buffer: focusCsv([[10, '{"initiative":"DHS-0088"}', "EUR"]]) });
    await page.getByRole("button", { name: "Import the cost export" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 60_000 });
    const shown = (await alert.textContent())!;
    expect(shown).toContain("EUR");
    const body = (await page.locator("body").textContent())!;
    expect(body.split("EUR").length - 1, body).toBe(shown.split("EUR").length - 1);
    await expect(page.locator("#src-import-result").textContent()).resolves.toBe("");
    expect(storedSpend().rows.length).toBe(before);
    await fitsAndPassesAxe(page, "import problem");
    await page.close();
  });

  it("Sync_ConflictThenFlagsThenNothing_SaysEachOnceAt320", async () => {
    const { page, errors } = await openPane(context, pane.url);
    const answers = [
      { status: 409, type: "application/problem+json",
        body: { title: "The workbook changed.", status: 409, detail: "The stored workbook's eTag changed." } },
      { status: 200, type: "application/json", body: aSync({ added: 1, changed: 1, flagged: 1, unchanged: 20, written: true,
        addedAgents: [{ agentId: "AG-0031", name: "Procurement assistant with a very long display name from Entra",
          entraObjectId: "6f0b6a1e-21c3-4b8e-9f55-0d0c4f3a9b11", owner: null, killSwitchOwner: null, status: "Pilot" }],
        changes: [{ agentId: "AG-0007", row: 8, column: "Status", before: "Production", after: "Disabled" }],
        flags: [{ agentId: "AG-0007", entraObjectId: "0c4f3a9b-21c3-4b8e-9f55-6f0b6a1e0d0c", kind: "Disabled",
          message: "The agent identity is disabled in Entra; its row's Status follows." }] }) },
      { status: 200, type: "application/json", body: aSync({ unchanged: 21 }) },
    ];
    const bodies: unknown[] = [];
    await page.route("**/api/agents/sync", (route) => {
      bodies.push(route.request().postDataJSON());
      const answer = answers.shift()!;
      return route.fulfill({ status: answer.status, contentType: answer.type, body: JSON.stringify(answer.body) });
    });
    await sourcesAt320(page);
    const sync = page.getByRole("button", { name: "Sync agents" });
    const result = page.locator("#src-sync-result");

    await sync.click();
    await page.getByRole("alert").getByText("The workbook changed meanwhile; nothing was saved.").waitFor();
    const body = (await page.locator("body").textContent())!;
    expect(body.split("changed meanwhile").length - 1).toBe(1);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Try again.");
    await page.screenshot({ path: join(SCREENSHOTS, "sources-sync-409-320.png"), fullPage: true });

    await sync.click();
    await result.getByText("1 added, 1 changed, 1 flagged, 20 unchanged.", { exact: false }).waitFor();
    expect(await page.getByRole("alert").isVisible()).toBe(false);
    await expect(result.textContent()).resolves.toContain("Saved to the stored workbook; reopen or refresh to see the rows.");
    await expect(page.getByRole("region", { name: "Flags" }).textContent()).resolves.toContain("disabled in Entra");
    await fitsAndPassesAxe(page, "after the sync");
    await page.screenshot({ path: join(SCREENSHOTS, "sources-sync-320.png"), fullPage: true });

    await sync.click();
    await result.getByText("Nothing changed: the Agents table already matches Microsoft Entra Agent ID", { exact: false }).waitFor();
    await expect(result.textContent()).resolves.not.toContain("reopen or refresh");
    expect(bodies).toEqual([{ workbookId: "portfolio.xlsx" }, { workbookId: "portfolio.xlsx" }, { workbookId: "portfolio.xlsx" }]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
