import { describe, expect, it } from "vitest";
import { ApiError } from "../../../src/api/problems";
import type { AgentSyncDocument, SpendImportDocument } from "../../../src/api/types";
import { STALE, type SourcesBlock, conflictSaid, importBlocks, syncBlocks } from "../../../src/taskpane/panes/sourcesView";

function anImport(over: Partial<SpendImportDocument> = {}): SpendImportDocument {
  return {
    sources: ["aws:123|AWS|2026-11"], charges: 1200, added: 14, replaced: 3, left: 40, typed: 37, unchanged: false,
    currency: "USD", allocated: 10234.5,
    unallocated: {
      byTag: [{ label: "application=atlas", charges: 5, amount: 300 }, { label: "(none)", charges: 2, amount: -50.25 }],
      bySubAccount: [{ label: "Atlas Nimbus", charges: 7, amount: 249.75 }],
      byService: [{ label: "Amazon EC2", charges: 4, amount: 200 }, { label: "Amazon S3", charges: 3, amount: 49.75 }],
      charges: 7, total: 249.75,
    },
    ...over,
  };
}

function aSync(over: Partial<AgentSyncDocument> = {}): AgentSyncDocument {
  return {
    workbookId: "portfolio.xlsx", added: 1, changed: 1, flagged: 1, unchanged: 9, written: true, summary: "",
    addedAgents: [{ agentId: "AG-0011", name: "Invoice bot", entraObjectId: "0f1e", owner: null, killSwitchOwner: null, status: "Pilot" }],
    changes: [{ agentId: "AG-0003", row: 4, column: "Status", before: "Production", after: "Disabled" }],
    flags: [{ agentId: "AG-0003", entraObjectId: "77aa", kind: "Disabled", message: "Disabled in Entra." }],
    differences: [{ agentId: "AG-0002", column: "Owner", workbook: "a@example.org", entra: "b@example.org" }],
    unreadable: [],
    ...over,
  };
}

const texts = (blocks: SourcesBlock[]) => blocks.filter((b) => b.kind !== "table").map((b) => b.text);
const tables = (blocks: SourcesBlock[]) =>
  blocks.flatMap((b) => (b.kind === "table" ? [{ label: b.label, headers: b.headers, rows: b.rows, totals: b.totals ?? false }] : []));

describe("sourcesView", () => {
  it("importBlocks_NewRows_SaysAddedReplacedLeftTheStaleWorkbookAndEachBreakdownWithItsTotal", () => {
    const blocks = importBlocks(anImport());
    expect(texts(blocks)).toEqual([
      "Imported 1,200 charges from aws:123|AWS|2026-11: 14 Spend rows added, 3 replaced, 40 left as they were (37 of them typed).",
      STALE,
      "Allocated 10,234.50 USD; unallocated 249.75 USD in 7 charges.",
      "Unallocated by tag value", "Unallocated by sub-account", "Unallocated by service",
    ]);
    expect(blocks[1]).toEqual({ kind: "p", tone: "note", text: "Saved to the stored workbook; reopen or refresh to see the rows." });
    expect(tables(blocks)).toEqual([
      { label: "Unallocated by tag value", headers: ["Tag value", "Charges", "Amount (USD)"],
        rows: [["application=atlas", "5", "300.00"], ["(none)", "2", "-50.25"], ["Total", "7", "249.75"]], totals: true },
      { label: "Unallocated by sub-account", headers: ["Sub-account", "Charges", "Amount (USD)"],
        rows: [["Atlas Nimbus", "7", "249.75"], ["Total", "7", "249.75"]], totals: true },
      { label: "Unallocated by service", headers: ["Service", "Charges", "Amount (USD)"],
        rows: [["Amazon EC2", "4", "200.00"], ["Amazon S3", "3", "49.75"], ["Total", "7", "249.75"]], totals: true },
    ]);
  });

  it("importBlocks_AlreadyImportedAndAllAllocated_SaysNothingChangedWithoutTheStaleNoteOrTables", () => {
    const blocks = importBlocks(anImport({ unchanged: true, added: 0, replaced: 0, charges: 1,
      unallocated: { byTag: [], bySubAccount: [], byService: [], charges: 0, total: 0 } }));
    expect(texts(blocks)).toEqual([
      "Nothing changed: the stored workbook already holds this import (1 charge from aws:123|AWS|2026-11); nothing was saved.",
      "Allocated 10,234.50 USD; unallocated 0.00 USD in 0 charges.",
      "Every charge matched a cost allocation rule.",
    ]);
    expect(texts(blocks)).not.toContain(STALE);
    expect(tables(blocks)).toEqual([]);
  });

  it("syncBlocks_Written_SaysTheCountsTheStaleWorkbookAndListsFlagsAddedChangesAndDifferences", () => {
    const blocks = syncBlocks(aSync());
    expect(texts(blocks)).toEqual([
      "Agents synced from Microsoft Entra Agent ID: 1 added, 1 changed, 1 flagged, 9 unchanged.",
      STALE, "Flags (1)", "Added (1)", "Changed (1)", "Differs from Entra, not overwritten (1)",
    ]);
    expect(tables(blocks).map((t) => t.rows)).toEqual([
      [["AG-0003", "Disabled", "Disabled in Entra."]],
      [["AG-0011", "Invoice bot", "Pilot", "", "", "0f1e"]],
      [["AG-0003", "4", "Status", "Production", "Disabled"]],
      [["AG-0002", "Owner", "a@example.org", "b@example.org"]],
    ]);
  });

  it("syncBlocks_NothingWritten_SaysNothingChangedAndListsOnlyWhatItHas", () => {
    const blocks = syncBlocks(aSync({ written: false, added: 0, changed: 0, flagged: 0, unchanged: 10, addedAgents: [],
      changes: [], flags: [], differences: [], unreadable: ["sponsors of 77aa: 403"] }));
    expect(texts(blocks)).toEqual([
      "Nothing changed: the Agents table already matches Microsoft Entra Agent ID (0 added, 0 changed, 0 flagged, 10 unchanged); nothing was saved.",
      "Could not be read (1)",
    ]);
    expect(tables(blocks)).toEqual([{ label: "Could not be read", headers: ["What"], rows: [["sponsors of 77aa: 403"]], totals: false }]);
  });

  it("conflictSaid_409_SaysTheWorkbookChangedMeanwhileTryAgain", () => {
    const said = conflictSaid(new ApiError("problem", 409, "The workbook changed.", "eTag differs."), "import") as ApiError;
    expect(said).toBeInstanceOf(ApiError);
    expect(said.status).toBe(409);
    expect(said.title).toBe("The workbook changed meanwhile; nothing was saved.");
    expect(said.detail).toBe("Someone saved the stored workbook while the import ran. Try again. (eTag differs.)");
  });

  it.each([
    [new ApiError("problem", 400, "Invalid.", "row 3")],
    [new ApiError("network", 0, "No answer.", "")],
    [new Error("plain")],
  ])("conflictSaid_Not409_ReturnsTheSameError", (error) => {
    expect(conflictSaid(error, "sync")).toBe(error);
  });
});
